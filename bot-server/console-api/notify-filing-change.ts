/**
 * Telling a resident on Zalo that an official changed their filing's status, inside the caller's
 * transaction (so the message is queued only if the change commits). Only within Zalo's free reply
 * window, and only to residents who have a chat with the OA: otherwise nothing is sent, and the
 * caller reports why. The Mini App timeline shows the change either way.
 */
import type { NotNotifiedReason } from '../../shared/api/console-filing-schemas';
import type { LocalizedText } from '../../shared/schema/localized-text-schema';
import type { FilingStatus } from '../../shared/filing/filing-status-text';
import { filingStatusNotice } from '../../shared/filing/filing-status-notice';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { findResident } from '../storage/resident-store';
import { appOnlyUserId } from '../storage/app-resident-store';
import { withinReplyWindow } from '../zalo/reply-window';
import { queueToResident } from './handoff-actions';

export type FilingNotification = { notified: true } | { notified: false; reason: NotNotifiedReason };

export async function notifyFilingChange(
  db: Db,
  services: Services,
  change: { userId: string; reference: string; procedureName: LocalizedText; status: FilingStatus; reason: string | null; now: Date },
): Promise<FilingNotification> {
  const resident = await findResident(db, change.userId);
  // Known only through the Mini App (or their data was deleted): the OA has no chat to write in.
  if (!resident || (resident.app_user_id !== null && resident.user_id === appOnlyUserId(resident.app_user_id))) return { notified: false, reason: 'noZaloChat' };
  if (!withinReplyWindow(resident.last_interaction_at, change.now, services.config.noticeWindowHours)) return { notified: false, reason: 'outsideReplyWindow' };
  const text = filingStatusNotice({ reference: change.reference, procedureName: change.procedureName, status: change.status, reason: change.reason });
  await queueToResident(db, services, { userId: change.userId, text, by: 'official', now: change.now.toISOString() });
  return { notified: true };
}
