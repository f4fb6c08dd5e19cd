/**
 * What the phone keeps of a flow while some of its events have not reached the server: the
 * session the resident sees, its screen, the unsent events and the server version they build on.
 * Closing the app then loses nothing; once everything is saved the record is removed, so
 * personal answers do not linger on the device.
 */
import type { EngineOutput, Session } from '../../../../shared/engine/engine-types';
import { isRecord } from '../../lib/is-record';
import { readStoredJson, removeStored, writeStored } from '../../lib/stored-value';
import type { QueuedEvent } from './save-queue';

export interface LocalFlow {
  session: Session;
  outputs: EngineOutput[];
  serverUpdatedAt: string | null;
  unsent: QueuedEvent[];
}

const keyFor = (procedureId: string): string => `dvc.flow.${procedureId}`;

export function readLocalFlow(procedureId: string): LocalFlow | null {
  const stored = readStoredJson(keyFor(procedureId));
  if (!isRecord(stored) || !isRecord(stored.session) || !Array.isArray(stored.outputs) || !Array.isArray(stored.unsent)) return null;
  if (stored.session.procedureId !== procedureId) return null;
  return stored as unknown as LocalFlow;
}

export function keepLocalFlow(procedureId: string, flow: LocalFlow): void {
  if (flow.unsent.length === 0) removeStored(keyFor(procedureId));
  else writeStored(keyFor(procedureId), JSON.stringify(flow));
}
