/**
 * The resident a prepared filing goes to, by their OA-scoped Zalo id or by a phone number they
 * gave this OA, and only if the OA may write to them now: Zalo refuses messages the OA starts
 * (there is no cold message) and replies outside the resident's interaction window, so a resident
 * who has not written lately is refused plainly instead of being "sent" a message that never arrives.
 */
import type { PrepareAssistedFilingRequest } from '../../shared/api/console-assisted-filing-schemas';
import { validatePhone } from '../../shared/validators/phone';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { findResidentsByPhone } from '../storage/resident-phone-store';
import { phoneDigest } from '../security/phone-digest';
import { assistedFilingErrors } from './assisted-filing-errors';
import { zaloNoticeRefusal } from './zalo-notice-refusal';

/** The OA may write to them now: the same rule as for status notices (a chat with the OA, inside the window). */
const reachable = async (db: Db, services: Services, userId: string, now: Date): Promise<boolean> => (await zaloNoticeRefusal(db, services, userId, now)) === undefined;

/** The resident's user id; throws the console error that says why not. */
export async function findReachableResident(db: Db, services: Services, who: PrepareAssistedFilingRequest['resident'], now: Date): Promise<string> {
  if ('zaloId' in who) {
    if (!(await reachable(db, services, who.zaloId, now))) throw assistedFilingErrors.residentNotReachable(services.config.noticeWindowHours);
    return who.zaloId;
  }
  const checked = validatePhone(who.phone);
  if (!checked.ok) throw assistedFilingErrors.phoneInvalid(checked.error.vi, checked.error.en);
  const candidates = await findResidentsByPhone(db, phoneDigest(services.cipher, checked.value) ?? '');
  if (candidates.length === 0) throw assistedFilingErrors.residentNotReachable(services.config.noticeWindowHours);
  // The most recent holder of the number the OA can reach (a shared family phone: they still confirm).
  for (const userId of candidates) if (await reachable(db, services, userId, now)) return userId;
  throw assistedFilingErrors.residentNotReachable(services.config.noticeWindowHours);
}
