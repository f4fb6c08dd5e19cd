/** A prepared filing as the console lists it: its state, never the answers (only which questions were entered). */
import type { AssistedFilingItem } from '../../shared/api/console-assisted-filing-schemas';
import type { Services } from '../app/services';
import type { AssistedFilingListRow } from '../storage/assisted-filing-store';
import { maskUserId } from './handoff-view';

export function assistedFilingView(services: Services, row: AssistedFilingListRow, now: string): AssistedFilingItem {
  // Rows are marked expired lazily; the time decides.
  const expired = row.status === 'expired' || (row.status === 'pending' && row.expires_at <= now);
  return {
    id: row.id,
    status: expired ? 'expired' : row.status,
    cancelReason: row.cancel_reason,
    procedureId: row.procedure_id,
    procedureName: services.catalog.get(row.procedure_id, row.procedure_version)?.name.vi ?? row.procedure_id,
    userIdMasked: maskUserId(row.user_id),
    assistedBy: { id: row.assisted_by, displayName: row.helper_name },
    questionIds: JSON.parse(row.question_ids) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    decidedAt: row.decided_at,
    filingReference: row.filing_reference,
  };
}
