/**
 * "Delete my data", from either door (the chat's "xóa dữ liệu của tôi", the Mini App's DELETE
 * /api/me): the chat's personal data (personal-data-store.ts), plus what the Mini App keeps:
 * the answers stored with applied events, the words of filing ratings (the scores stay, for
 * the service-quality figures), officials' notes on the resident's handoffs, filings a volunteer
 * prepared that were never filed, the digests of the phone numbers they gave, and their
 * appointments. Submitted filings are kept, as the law requires. What stays behind is the audit
 * log's record that it was done: who asked, when, and how many rows went, never a value.
 */
import type { Db } from './database-types';
import { inTransaction } from './in-transaction';
import { deleteResidentPersonalData, type PersonalDataDeletion } from './personal-data-store';
import { deleteAppEvents } from './app-event-store';
import { eraseFilingRatingComments } from './filing-rating-store';
import { deleteHandoffNotesOf } from './handoff-inbox-store';
import { deleteUnfiledAssistedFilingsOf } from './assisted-filing-store';
import { deleteResidentPhones } from './resident-phone-store';
import { deleteAppointmentsOf } from './appointment-deletion-store';
import { recordAudit } from './audit-log-store';

export async function deleteAllResidentData(db: Db, userId: string, now: string): Promise<PersonalDataDeletion> {
  return inTransaction(db, async (trx) => {
    const deleted = await deleteResidentPersonalData(trx, userId, now);
    await deleteAppEvents(trx, userId);
    await eraseFilingRatingComments(trx, userId);
    await deleteHandoffNotesOf(trx, userId);
    await deleteUnfiledAssistedFilingsOf(trx, userId);
    await deleteResidentPhones(trx, userId);
    // Unlike a filing (a legal record the office must keep), an appointment is only a reserved
    // time: upcoming ones are cancelled, their places freed for others, and every row removed.
    await deleteAppointmentsOf(trx, userId, now);
    // No staff account acted: the subject is the resident, by the same key their kept filings carry.
    await recordAudit(trx, { at: now, userId: null, action: 'resident.data-deleted', subjectType: 'resident', subjectId: userId, detail: { ...deleted } });
    return deleted;
  });
}
