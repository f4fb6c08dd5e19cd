/** "Nhận xử lý": take a handoff nobody holds, or take over one another official left overdue. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffActions } from '../../api/handoff-api';
import { ErrorMessage } from '../../components/error-message';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { holdsIt, mayAct } from './may-act';
import { useHandoffAction } from './use-handoff-action';

export function ClaimAction({ item }: { item: HandoffItem }) {
  const staff = useSignedInStaff();
  const claim = useHandoffAction(handoffActions.claim);
  if (holdsIt(item, staff)) return <p className="action-note">Bạn đang xử lý yêu cầu này.</p>;
  if (!mayAct(item, staff)) {
    return <p className="action-note">Yêu cầu này đang do {item.assignedTo?.displayName} phụ trách. Nếu cần chuyển người, hãy nhờ giám sát viên phân công lại.</p>;
  }
  return (
    <div className="action">
      <button type="button" className="button" onClick={() => claim.mutate(item.id)} disabled={claim.isPending}>
        {item.assignedTo ? 'Nhận xử lý thay' : 'Nhận xử lý'}
      </button>
      {claim.isError ? <ErrorMessage error={claim.error} /> : null}
    </div>
  );
}
