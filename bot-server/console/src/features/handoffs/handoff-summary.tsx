/** One waiting conversation in the list: what, where in the procedure, why, how long, who holds it. */
import { Link } from 'react-router-dom';
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { reasonLabel } from './reason-label';
import { handoffPath } from './use-handoff-status';
import { OverdueBadge, waitingText } from './waiting-time';

interface HandoffSummaryProps {
  item: HandoffItem;
  targetMinutes: number;
  selected: boolean;
}

export function HandoffSummary({ item, targetMinutes, selected }: HandoffSummaryProps) {
  return (
    <Link to={handoffPath(item.status, item.id)} className={`handoff-summary${item.overdue ? ' handoff-summary--overdue' : ''}`} aria-current={selected ? 'true' : undefined}>
      <span className="handoff-summary__title">
        {item.procedureName ?? 'Chưa chọn thủ tục'}
        {item.overdue ? <OverdueBadge /> : null}
      </span>
      <span className="handoff-summary__line">
        Yêu cầu #{item.id} · Người dân {item.userIdMasked}
        {item.questionText ? ` · Bước: ${item.questionText}` : ''}
      </span>
      <span className="handoff-summary__line">{reasonLabel(item.reason)}</span>
      <span className={`handoff-summary__line${item.overdue ? ' text-overdue' : ''}`}>{waitingText(item, targetMinutes)}</span>
      <span className="handoff-summary__line">{item.assignedTo ? `Người xử lý: ${item.assignedTo.displayName}` : 'Chưa có người nhận'}</span>
    </Link>
  );
}
