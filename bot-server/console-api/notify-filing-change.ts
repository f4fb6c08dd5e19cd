/**
 * Telling a resident on Zalo that an official changed their filing's status, inside the caller's
 * transaction (so the message is queued only if the change commits). Only when the OA may write to
 * them (zalo-notice-refusal.ts): otherwise nothing is sent, and the caller reports why. The Mini App
 * timeline shows the change either way.
 */
import type { NotNotifiedReason } from '../../shared/api/console-filing-schemas';
import type { LocalizedText } from '../../shared/schema/localized-text-schema';
import type { FilingStatus } from '../../shared/filing/filing-status-text';
import { filingStatusNotice } from '../../shared/filing/filing-status-notice';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { queueToResident } from './handoff-actions';
import { zaloNoticeRefusal } from './zalo-notice-refusal';

export type FilingNotification = { notified: true } | { notified: false; reason: NotNotifiedReason };

export async function notifyFilingChange(
  db: Db,
  services: Services,
  change: { userId: string; reference: string; procedureName: LocalizedText; status: FilingStatus; reason: string | null; now: Date },
): Promise<FilingNotification> {
  const refusal = await zaloNoticeRefusal(db, services, change.userId, change.now);
  if (refusal) return { notified: false, reason: refusal };
  const text = filingStatusNotice({ reference: change.reference, procedureName: change.procedureName, status: change.status, reason: change.reason });
  await queueToResident(db, services, { userId: change.userId, text, by: 'official', now: change.now.toISOString() });
  return { notified: true };
}
