/** "Đang chờ" and "Đã kết thúc": two links, the current one marked (aria-current), with counts when known. */
import { Link } from 'react-router-dom';
import type { HandoffStatus } from '../../api/handoff-api';
import { handoffPath } from './use-handoff-status';

const LABELS: Record<HandoffStatus, string> = { open: 'Đang chờ', resolved: 'Đã kết thúc' };

export function StatusTabs({ current, count }: { current: HandoffStatus; count: number | undefined }) {
  return (
    <nav className="status-tabs" aria-label="Lọc theo trạng thái">
      {(['open', 'resolved'] as const).map((status) => (
        <Link key={status} to={handoffPath(status)} className="status-tabs__link" aria-current={status === current ? 'page' : undefined}>
          {LABELS[status]}
          {status === current && count !== undefined ? ` (${count})` : ''}
        </Link>
      ))}
    </nav>
  );
}
