/**
 * When the chat meets a resident who used the Mini App first (a webhook carrying their
 * `user_id_by_app`), everything kept under `app:<appUserId>` moves to their chat id: the
 * unfinished session, filings, consents, handoffs, ratings, appointments and applied app events. Runs inside
 * the caller's transaction; a no-op (one primary-key look-up) when there is nothing to move.
 */
import type { Session } from '../../shared/engine/engine-types';
import type { ConversationState } from '../../shared/conversation/conversation-types';
import type { Db } from '../storage/database-types';
import type { DataCipher } from '../security/data-cipher';
import { appOnlyUserId } from '../storage/app-resident-store';
import { lockExistingConversationState } from '../storage/locked-conversation-store';
import { saveConversationState } from '../storage/conversation-store';
import { findOpenHandoff, resolveHandoff } from '../storage/handoff-store';
import { reassignAppointments } from '../storage/appointment-store';
import { enterHandoff, placeDraft } from './draft-slots';
import { moveResidentPhones } from '../storage/resident-phone-store';
import { openConversation, sealConversation } from './sealed-conversation';

/** The chat's state with the app's unfinished session folded in (the newer one wins a shared slot). */
function mergeStates(chat: ConversationState, app: ConversationState): ConversationState {
  let merged = chat;
  for (const session of [app.session, app.draft].filter((s): s is Session => s !== null && s !== undefined)) {
    const same = [merged.session, merged.draft].find((s) => s?.procedureId === session.procedureId);
    const slotTaken = same === undefined && merged.draft !== null && merged.draft !== undefined;
    if (same && same.updatedAt >= session.updatedAt) continue;
    if (slotTaken && (merged.draft as Session).updatedAt >= session.updatedAt) continue;
    merged = placeDraft(merged, session);
  }
  return app.mode === 'handoff' ? enterHandoff(merged) : merged;
}

/** Moves the `app:` resident's data to `userId`. Call after the resident row was touched, before the state is loaded. */
export async function linkAppResident(db: Db, cipher: DataCipher, link: { userId: string; appUserId: string | null | undefined; now: string }): Promise<boolean> {
  if (!link.appUserId) return false;
  const from = appOnlyUserId(link.appUserId);
  const to = link.userId;
  const appRow = await db.selectFrom('residents').select('user_id').where('user_id', '=', from).executeTakeFirst();
  if (!appRow || from === to) return false;

  const appSealed = await lockExistingConversationState(db, from);
  if (appSealed !== undefined) {
    const chatSealed = await lockExistingConversationState(db, to);
    const merged = chatSealed === undefined ? openConversation(cipher, appSealed) : mergeStates(openConversation(cipher, chatSealed), openConversation(cipher, appSealed));
    await saveConversationState(db, to, sealConversation(cipher, merged), link.now);
    await db.deleteFrom('conversations').where('user_id', '=', from).execute();
  }
  // At most one open handoff per resident: the chat's stands, the app's is closed.
  const [chatHandoff, appHandoff] = [await findOpenHandoff(db, to), await findOpenHandoff(db, from)];
  if (chatHandoff && appHandoff) await resolveHandoff(db, appHandoff.id, link.now);
  await db.updateTable('handoffs').set({ user_id: to }).where('user_id', '=', from).execute();
  await db.updateTable('filings').set({ user_id: to }).where('user_id', '=', from).execute();
  await db.updateTable('consents').set({ user_id: to }).where('user_id', '=', from).execute();
  await db.updateTable('filing_ratings').set({ user_id: to }).where('user_id', '=', from).execute();
  await db.updateTable('app_events').set({ user_id: to }).where('user_id', '=', from).execute();
  await moveResidentPhones(db, from, to);
  await reassignAppointments(db, from, to, link.now);
  await db.deleteFrom('residents').where('user_id', '=', from).execute();
  return true;
}
