/**
 * Whether the OA may tell a resident something on Zalo unasked (a status change, a cancelled
 * appointment): only residents who have a chat with the OA, and only within the notice window
 * after their last message (Zalo refuses the rest). Otherwise the reason nothing is sent; the Mini
 * App shows the news either way.
 */
import type { NotNotifiedReason } from '../../shared/api/console-filing-schemas';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { findResident } from '../storage/resident-store';
import { isAppOnlyUserId } from '../storage/app-resident-store';
import { withinReplyWindow } from '../zalo/reply-window';

/** Undefined when a notice may be sent now. */
export async function zaloNoticeRefusal(db: Db, services: Services, userId: string, now: Date): Promise<NotNotifiedReason | undefined> {
  // Known only through the Mini App (or their data was deleted): the OA has no chat to write in.
  const resident = isAppOnlyUserId(userId) ? undefined : await findResident(db, userId);
  if (!resident) return 'noZaloChat';
  return withinReplyWindow(resident.last_interaction_at, now, services.config.noticeWindowHours) ? undefined : 'outsideReplyWindow';
}
