/**
 * An official moves a filing to its next status. In one transaction: the conditional update (the
 * first of two officials deciding at once wins, the other gets 409 FILING_CHANGED), the history
 * entry with the reason, the audit entry, and the Zalo notice to the resident when the reply window
 * allows. The caller wakes the outbox and the live consoles after it commits.
 */
import type { FilingStatusChangeRequest } from '../../shared/api/console-filing-schemas';
import { nextFilingStatuses, REASON_REQUIRED_STATUSES } from '../../shared/filing/filing-status-rules';
import type { Services } from '../app/services';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { changeFilingStatus, findQueueFiling, type FilingQueueRow } from '../storage/filing-queue-store';
import { filingSummary } from '../resident-api/filing-views';
import type { SignedInStaff } from './console-auth';
import { consoleErrors } from './console-errors';
import type { FilingScope } from './filing-visibility';
import { scopeIncludes } from './filing-visibility';
import { notifyFilingChange, type FilingNotification } from './notify-filing-change';

export async function changeFilingStatusAsStaff(
  services: Services,
  staff: SignedInStaff,
  scope: FilingScope,
  reference: string,
  request: FilingStatusChangeRequest,
): Promise<{ row: FilingQueueRow; notification: FilingNotification }> {
  const reason = request.reason ? request.reason : null;
  if (reason === null && REASON_REQUIRED_STATUSES.includes(request.status)) throw consoleErrors.filingReasonRequired(request.status);
  const now = services.clock();
  const at = now.toISOString();
  return inTransaction(services.db, async (trx) => {
    const filing = await findQueueFiling(trx, reference);
    if (!filing || !scopeIncludes(scope, filing)) throw consoleErrors.filingNotFound();
    if (request.expectedStatus !== undefined && request.expectedStatus !== filing.status) throw consoleErrors.filingChanged();
    if (!nextFilingStatuses(filing.status).includes(request.status)) throw consoleErrors.filingTransitionInvalid(filing.status, request.status);
    const sealedNote = reason === null ? null : services.cipher.seal(reason);
    if (!(await changeFilingStatus(trx, { reference, from: filing.status, to: request.status, sealedNote, at }))) throw consoleErrors.filingChanged();
    const notification = await notifyFilingChange(trx, services, {
      userId: filing.user_id,
      reference,
      procedureName: filingSummary(services, filing).procedureName,
      status: request.status,
      reason,
      now,
    });
    // The reason is not copied here: officials may write personal details in it.
    await recordAudit(trx, {
      at,
      userId: staff.id,
      action: 'filing.status-changed',
      subjectType: 'filing',
      subjectId: reference,
      detail: { from: filing.status, to: request.status, notified: notification.notified, ...(notification.notified ? {} : { notNotifiedReason: notification.reason }) },
    });
    return { row: { ...filing, status: request.status, updated_at: at }, notification };
  });
}
