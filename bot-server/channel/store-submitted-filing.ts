/**
 * Stores what the engine's `submitFiling` effect describes, the same way whichever door it came
 * through (chat, Mini App, a volunteer's prepared filing the resident confirmed): the filing and its
 * first history entry, who assisted it, and the keyed digests of the phone numbers in it (so staff
 * can later find the resident by phone; the number itself stays only in the sealed answers).
 */
import type { EngineEffect } from '../../shared/engine/engine-types';
import { procedureIndex } from '../../shared/engine/procedure-index';
import type { Services } from '../app/services';
import type { Db, FilingTable } from '../storage/database-types';
import { insertFiling } from '../storage/filing-store';
import { rememberResidentPhone } from '../storage/resident-phone-store';
import { phoneDigest } from '../security/phone-digest';

export type SubmitFilingEffect = Extract<EngineEffect, { type: 'submitFiling' }>;

async function rememberPhones(db: Db, services: Services, effect: SubmitFilingEffect, userId: string, now: string): Promise<void> {
  const procedure = services.catalog.get(effect.procedureId, effect.procedureVersion);
  if (!procedure) return;
  for (const { question } of procedureIndex(procedure).questions) {
    const value = effect.answers[question.id];
    const digest = question.type === 'phone' && typeof value === 'string' ? phoneDigest(services.cipher, value) : undefined;
    if (digest) await rememberResidentPhone(db, { userId, digest, now });
  }
}

export async function storeSubmittedFiling(
  db: Db,
  services: Services,
  filing: { effect: SubmitFilingEffect; userId: string; channel: FilingTable['channel']; now: string; assistedBy?: number },
): Promise<void> {
  const { effect } = filing;
  await insertFiling(db, {
    reference: effect.reference,
    user_id: filing.userId,
    procedure_id: effect.procedureId,
    procedure_version: effect.procedureVersion,
    answers: services.cipher.seal(JSON.stringify(effect.answers)),
    status: 'received',
    channel: filing.channel,
    received_at: effect.receivedAt,
    due_date: effect.dueDate,
    updated_at: filing.now,
  });
  // The residents' doors never set it (filing-store leaves it out); only a volunteer's filing has one.
  if (filing.assistedBy !== undefined) await db.updateTable('filings').set({ assisted_by: filing.assistedBy }).where('reference', '=', effect.reference).execute();
  await rememberPhones(db, services, effect, filing.userId, filing.now);
}
