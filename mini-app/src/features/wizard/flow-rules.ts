/**
 * Which events the phone may run itself and which need the server: an address is checked against
 * the national directory (kept on the server, too large to ship), and the final confirm needs a
 * fresh filing reference. Everything else runs on the shared engine here, instantly.
 */
import type { EngineEvent, EngineOutput, Session } from '../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../shared/schema/procedure-schema';

export type ServerWork = 'address' | 'submit' | 'other';

function questionType(procedure: Procedure, id: string | null): string | undefined {
  if (!id) return undefined;
  return (procedure.questions.find((q) => q.id === id) ?? procedure.filing?.fields.find((q) => q.id === id))?.type;
}

/** Null when the local engine can take the event; otherwise what the server is doing (for the progress text). */
export function serverWorkFor(procedure: Procedure, session: Session | null, event: EngineEvent): ServerWork | null {
  if (event.type === 'start') return null;
  if (!session || session.procedureVersion !== procedure.version || session.procedureId !== procedure.id) return 'other';
  if (event.type === 'confirm') return 'submit';
  if (event.type === 'answer' && questionType(procedure, event.questionId ?? session.current) === 'address') return 'address';
  return null;
}

/** The outputs that make a screen of their own (notices only go above one). */
export function isScreenOutput(output: EngineOutput): boolean {
  return output.kind !== 'notice' && output.kind !== 'overview';
}
