/**
 * Procedures that take appointments: those whose file says the resident must come in person
 * (`inPersonVisit`). Decided by the procedure data, never by a procedure's id.
 */
import type { Catalog } from '../../shared/catalog/catalog';
import { takesAppointments } from '../../shared/catalog/takes-appointments';
import type { Procedure } from '../../shared/schema/procedure-schema';

/** The published version in force today, when it needs an in-person visit (the chat applies the same rule). */
export function bookableProcedure(catalog: Catalog, id: string, today: string): Procedure | undefined {
  const procedure = catalog.current(id, today);
  return procedure && takesAppointments(procedure) ? procedure : undefined;
}

/** The name to show for an appointment's procedure, even one since withdrawn from the catalog. */
export function procedureNameOf(catalog: Catalog, id: string, today: string): Procedure['name'] | undefined {
  return (catalog.current(id, today) ?? catalog.all().find((procedure) => procedure.id === id))?.name;
}
