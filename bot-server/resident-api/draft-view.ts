/** A stored session and the screen it is at (what the engine shows on `resume`), for the Mini App. */
import { randomInt } from 'node:crypto';
import type { Procedure } from '../../shared/schema/procedure-schema';
import type { EngineContext, EngineEvent, Session } from '../../shared/engine/engine-types';
import { step } from '../../shared/engine/step';
import { generateReferenceCode } from '../../shared/filing/reference-code';
import type { DraftResponse } from '../../shared/api/mini-app-api-schemas';
import type { Services } from '../app/services';

/** The server's context for one step: its clock, holidays, address data, and a fresh reference code when the event may submit. */
export function residentEngineContext(services: Services, now: string, event: EngineEvent): EngineContext {
  return {
    now,
    holidays: services.holidays,
    addresses: services.addresses,
    ...(event.type === 'confirm' ? { referenceCode: generateReferenceCode(randomInt) } : {}),
  };
}

/** The exact version a session is pinned to; undefined when that version has left the catalog. */
export function pinnedProcedure(services: Services, session: Session): Procedure | undefined {
  return services.catalog.get(session.procedureId, session.procedureVersion);
}

/** The session as stored (its `updatedAt` is what the app sends back as `baseUpdatedAt`) and its current screen. */
export function draftView(procedure: Procedure, session: Session, services: Services, now: string): DraftResponse {
  const event: EngineEvent = { type: 'resume' };
  return { session, outputs: step(procedure, session, event, residentEngineContext(services, now, event)).outputs };
}
