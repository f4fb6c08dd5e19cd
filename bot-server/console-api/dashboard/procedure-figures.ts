/**
 * The filing figures per procedure and in total. Names and legal limits come from the catalog:
 * each filing is timed against the version it was filed under, each row shows the version in
 * force today (or the newest loaded, for a procedure since withdrawn).
 */
import type { FilingFigures, ProcedureFigures } from '../../../shared/api/console-dashboard-schemas';
import type { Catalog } from '../../../shared/catalog/catalog';
import type { Procedure } from '../../../shared/schema/procedure-schema';
import type { DashboardFilingRow } from '../../storage/dashboard-store';
import type { DashboardPeriod } from './dashboard-period';
import { filingFacts, type FilingFacts } from './filing-facts';
import { filingFigures } from './filing-figures';

/** The legal processing time in working days: 0 for a same-day procedure. */
const legalLimitOf = (procedure: Procedure | undefined): number | null =>
  procedure === undefined ? null : procedure.processingTime.kind === 'sameDay' ? 0 : procedure.processingTime.days;

function latestOf(catalog: Catalog, id: string, today: string): Procedure | undefined {
  return catalog.current(id, today) ?? catalog.all().filter((p) => p.id === id).sort((a, b) => b.version - a.version)[0];
}

export function procedureFigures(
  rows: readonly DashboardFilingRow[],
  context: { period: DashboardPeriod; catalog: Catalog; holidays: ReadonlySet<string>; today: string },
): { total: FilingFigures; byProcedure: ProcedureFigures[] } {
  const { period, catalog, holidays, today } = context;
  const byId = new Map<string, FilingFacts[]>();
  const all: FilingFacts[] = [];
  for (const row of rows) {
    const filed = catalog.get(row.procedure_id, row.procedure_version) ?? latestOf(catalog, row.procedure_id, today);
    const facts = filingFacts(row, period, legalLimitOf(filed), holidays);
    all.push(facts);
    const group = byId.get(row.procedure_id);
    if (group) group.push(facts);
    else byId.set(row.procedure_id, [facts]);
  }
  const byProcedure = [...byId].map(([procedureId, facts]) => {
    const procedure = latestOf(catalog, procedureId, today);
    return { procedureId, procedureName: procedure?.name.vi ?? procedureId, legalLimitDays: legalLimitOf(procedure), ...filingFigures(facts) };
  });
  byProcedure.sort((a, b) => b.received - a.received || a.procedureName.localeCompare(b.procedureName, 'vi'));
  return { total: filingFigures(all), byProcedure };
}
