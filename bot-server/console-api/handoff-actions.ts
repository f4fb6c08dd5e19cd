/**
 * What the console does to a handoff, each inside the caller's transaction: check it may act,
 * queue a message to the resident through the outbox (the same delivery, ordering and retries as
 * the bot's replies), and hand the conversation back to the bot on resolve.
 */
import { resumeAfterHandoff } from '../../shared/conversation/bring-in-official';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { findHandoffWithAssignee, type HandoffInboxRow } from '../storage/handoff-inbox-store';
import { resolveHandoff } from '../storage/handoff-store';
import { queueMessages } from '../channel/outbox-message';
import { saveConversationState } from '../storage/conversation-store';
import { lockExistingConversationState } from '../storage/locked-conversation-store';
import { openConversation, sealConversation } from '../resident-api/sealed-conversation';
import type { SignedInStaff } from './console-auth';
import { consoleErrors } from './console-errors';
import { isOverdue } from './handoff-view';

/**
 * Sent when an official resolves a handoff; the chat takes a 1–5 answer to it as the rating
 * (shared/conversation/answer-rating.ts) and keeps it on the handoff.
 */
export const RATING_QUESTION =
  'Cảm ơn bạn đã chờ. Cán bộ đã hoàn tất hỗ trợ bạn. Bạn đánh giá sự hỗ trợ lần này thế nào, từ 1 (chưa hài lòng) đến 5 (rất hài lòng)? Bạn chỉ cần gửi một con số.';

/** The handoff, which must exist and be open. */
export async function openHandoffOrFail(db: Db, id: number): Promise<HandoffInboxRow> {
  const row = await findHandoffWithAssignee(db, id);
  if (!row) throw consoleErrors.handoffNotFound();
  if (row.status !== 'open') throw consoleErrors.handoffNotOpen();
  return row;
}

/**
 * An official may act on a handoff nobody holds, one they hold, or one left unanswered past the
 * target; supervisors and admins may act on any (that is what assignment is for).
 */
export function ensureMayAct(row: HandoffInboxRow, staff: SignedInStaff, now: Date): void {
  if (staff.role !== 'official' || row.assigned_to === null || row.assigned_to === staff.id || isOverdue(row, now)) return;
  throw consoleErrors.handoffTaken(row.assignee_name ?? 'một cán bộ khác');
}

/** Queues `text` to the resident, split into Zalo-sized messages, sealed like every outbox body. */
export async function queueToResident(db: Db, services: Services, message: { userId: string; text: string; by: 'official' | 'bot'; now: string }): Promise<void> {
  await queueMessages(db, services.cipher, { userId: message.userId, inboxId: null, texts: [message.text], by: message.by, createdAt: message.now });
}

/**
 * Resolves the handoff, puts the conversation back where the resident was (its `resumeMode`, as
 * `resumeAfterHandoff` does for the chat) and asks for a 1–5 rating.
 */
export async function resolveAndHandBack(db: Db, services: Services, row: HandoffInboxRow, now: string): Promise<void> {
  await resolveHandoff(db, row.id, now);
  const sealed = await lockExistingConversationState(db, row.user_id);
  if (sealed !== undefined) {
    const state = openConversation(services.cipher, sealed);
    await saveConversationState(db, row.user_id, sealConversation(services.cipher, resumeAfterHandoff(state)), now);
  }
  await queueToResident(db, services, { userId: row.user_id, text: RATING_QUESTION, by: 'bot', now });
}
