/**
 * The resident's answer to a filing a volunteer prepared, carried out inside the chat turn's
 * transaction. On "1" the stored answers are replayed through the engine at this instant and
 * confirmed exactly as a resident's own review page is (`step` → `submitFiling` → the same store
 * and the same receipt), with channel 'volunteer' and who assisted; the confirmation is recorded as
 * the resident's consent. On "2" (or no answer), or when the rules no longer accept the answers,
 * nothing is filed and the answers are dropped.
 */
import { step } from '../../shared/engine/step';
import { replayAnswers } from '../../shared/engine/replay-answers';
import type { AnswerValue } from '../../shared/engine/engine-types';
import type { ConversationEffect } from '../../shared/conversation/conversation-types';
import { renderOutput } from '../../shared/conversation/render-outputs';
import { assistedFilingMessage } from '../../shared/conversation/assisted-filing-messages';
import type { Language } from '../../shared/i18n/language';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { decideAssistedFiling, findWaitingAssistedFiling, type AssistedFilingRow } from '../storage/assisted-filing-store';
import { recordConsent } from '../storage/consent-store';
import { storeSubmittedFiling, type SubmitFilingEffect } from './store-submitted-filing';

type AssistedFilingEffect = Extract<ConversationEffect, { type: 'submitAssistedFiling' | 'cancelAssistedFiling' }>;

interface Turn {
  userId: string;
  now: string;
  lang: Language;
}

/** Files it; the replies say so with the receipt, or why it could not be filed. */
async function submit(db: Db, services: Services, row: AssistedFilingRow, reference: string, turn: Turn): Promise<string[]> {
  const procedure = services.catalog.get(row.procedure_id, row.procedure_version);
  const answers = JSON.parse(services.cipher.open(row.answers)) as Record<string, AnswerValue>;
  const context = { now: turn.now, holidays: services.holidays, addresses: services.addresses, referenceCode: reference };
  // Judged now, as any filing is when it is received: a rule that changed meanwhile is caught here.
  const replayed = procedure ? replayAnswers(procedure, answers, context) : undefined;
  if (!procedure || !replayed?.ok) {
    await decideAssistedFiling(db, { id: row.id, status: 'cancelled', cancelReason: 'outdated', now: turn.now });
    return [assistedFilingMessage('outdated', turn.lang)];
  }
  const confirmed = step(procedure, replayed.session, { type: 'confirm' }, context);
  const filing = confirmed.effects.find((effect): effect is SubmitFilingEffect => effect.type === 'submitFiling');
  const receipt = confirmed.outputs.find((output) => output.kind === 'receipt');
  if (!filing || !receipt) throw new Error('confirming a replayed review page did not submit');
  if (!(await decideAssistedFiling(db, { id: row.id, status: 'confirmed', filingReference: filing.reference, now: turn.now }))) return [assistedFilingMessage('notWaiting', turn.lang)];
  await storeSubmittedFiling(db, services, { effect: filing, userId: turn.userId, channel: 'volunteer', now: turn.now, assistedBy: row.assisted_by });
  if (replayed.consent) {
    const { policyVersion, purposes, dataCategories } = replayed.consent;
    await recordConsent(db, { userId: turn.userId, policyVersion, purposes, dataCategories, channel: 'chat', procedureId: procedure.id, givenAt: turn.now });
  }
  return [`${assistedFilingMessage('confirmed', turn.lang)}\n${renderOutput(receipt, turn.lang)}`];
}

/** Extra replies for the turn (the conversation layer already said what a cancellation needs). */
export async function carryOutAssistedFilingEffect(db: Db, services: Services, effect: AssistedFilingEffect, turn: Turn): Promise<string[]> {
  const row = await findWaitingAssistedFiling(db, effect.assistedFilingId, turn.userId, turn.now);
  if (effect.type === 'cancelAssistedFiling') {
    if (row) await decideAssistedFiling(db, { id: row.id, status: 'cancelled', cancelReason: effect.reason, now: turn.now });
    return [];
  }
  return row ? submit(db, services, row, effect.reference, turn) : [assistedFilingMessage('notWaiting', turn.lang)];
}
