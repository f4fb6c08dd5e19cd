/**
 * Opening a flow: the procedure definition (to run the engine here), the server's draft, and
 * any events this phone could not send last time. The server's copy wins unless it has not
 * moved since those unsent events were made (then they are sent now); a draft that moved
 * meanwhile (answered in the chat) is shown as it is on the server.
 */
import { step } from '../../../../shared/engine/step';
import type { EngineOutput, Session } from '../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../shared/schema/procedure-schema';
import type { DraftResponse } from '../../../../shared/api/mini-app-api-schemas';
import { getProcedureDefinition } from '../../api/procedures-api';
import { getDraft } from '../../api/resident-api';
import { isApiError } from '../../api/api-error';
import { newEventId } from '../../lib/new-event-id';
import { readLocalFlow, type LocalFlow } from './local-flow';
import type { QueuedEvent } from './save-queue';

export interface LoadedFlow {
  procedure: Procedure;
  session: Session;
  outputs: EngineOutput[];
  serverUpdatedAt: string | null;
  unsent: QueuedEvent[];
  changedElsewhere: boolean;
}

export async function loadFlow(procedureId: string, now: string, signal: AbortSignal): Promise<LoadedFlow> {
  const local = readLocalFlow(procedureId);
  const [current, lookup] = await Promise.all([getProcedureDefinition(procedureId, signal), lookUpDraft(procedureId, local, signal)]);
  // A draft keeps the version it started on, even after a newer one is published.
  const pinned = lookup.kind === 'server' ? lookup.draft?.session.procedureVersion : lookup.local.session.procedureVersion;
  const procedure = pinned === undefined || pinned === current.procedure.version ? current.procedure : (await getProcedureDefinition(procedureId, signal, pinned)).procedure;
  // The server cannot be reached but this phone holds the flow: carry on, send when back online.
  if (lookup.kind === 'offline') return { procedure, ...lookup.local, changedElsewhere: false };
  const { draft } = lookup;
  const serverUpdatedAt = draft?.session.updatedAt ?? null;
  if (local && local.unsent.length > 0 && local.serverUpdatedAt === serverUpdatedAt) {
    return { procedure, ...local, changedElsewhere: false };
  }
  const changedElsewhere = local !== null && local.unsent.length > 0;
  if (draft) return { procedure, session: draft.session, outputs: draft.outputs, serverUpdatedAt, unsent: [], changedElsewhere };
  const started = step(procedure, undefined, { type: 'start' }, { now });
  return {
    procedure,
    session: started.session,
    outputs: started.outputs,
    serverUpdatedAt: null,
    unsent: [{ eventId: newEventId(), event: { type: 'start' } }],
    changedElsewhere,
  };
}

type DraftLookup = { kind: 'server'; draft: DraftResponse | null } | { kind: 'offline'; local: LocalFlow };

/** The server's draft, or the phone's copy when the server cannot be reached. */
async function lookUpDraft(procedureId: string, local: LocalFlow | null, signal: AbortSignal): Promise<DraftLookup> {
  try {
    return { kind: 'server', draft: await getDraft(procedureId, signal) };
  } catch (error) {
    const unreachable = isApiError(error) && (error.status === null || error.status >= 500);
    if (unreachable && local) return { kind: 'offline', local };
    throw error;
  }
}
