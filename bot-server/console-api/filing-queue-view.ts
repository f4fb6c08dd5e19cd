/**
 * A filing as the console's work queue shows it, and its page. The page reuses the resident's own
 * filing view (filing-views.ts), so the official reads the answers exactly as the resident's
 * review page showed them, with the same papers, fee and timeline.
 */
import type { FilingPageResponse, FilingQueueItem } from '../../shared/api/console-filing-schemas';
import { nextFilingStatuses } from '../../shared/filing/filing-status-rules';
import { vietnamClock } from '../../shared/rules/calendar';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import type { FilingQueueRow } from '../storage/filing-queue-store';
import { filingEvents } from '../storage/filing-store';
import { findFilingRating } from '../storage/filing-rating-store';
import { filingDetail, filingSummary } from '../resident-api/filing-views';
import { filingDeadline } from './filing-deadline';
import { maskUserId } from './handoff-view';

/** Today's date in Vietnam, by the server's clock. */
export const todayInVietnam = (services: Services): string => vietnamClock(services.clock().toISOString()).date;

export function filingQueueItem(services: Services, row: FilingQueueRow, today: string): FilingQueueItem {
  return {
    reference: row.reference,
    procedureId: row.procedure_id,
    procedureName: filingSummary(services, row).procedureName,
    status: row.status,
    channel: row.channel,
    receivedAt: row.received_at,
    dueDate: row.due_date,
    updatedAt: row.updated_at,
    ...filingDeadline(row, today, services.holidays),
    userIdMasked: maskUserId(row.user_id),
  };
}

/** Opens the sealed answers: the route that calls this records the read in the audit log. */
export async function filingPage(db: Db, services: Services, row: FilingQueueRow): Promise<FilingPageResponse> {
  const detail = filingDetail(services, row, await filingEvents(db, row.reference), await findFilingRating(db, row.reference));
  const { documents, fee, review } = detail.filing;
  return {
    filing: { ...filingQueueItem(services, row, todayInVietnam(services)), documents, fee, review },
    timeline: detail.timeline,
    rating: detail.rating,
    allowedNextStatuses: [...nextFilingStatuses(row.status)],
  };
}
