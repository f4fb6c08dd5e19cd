/** The waiting conversations, oldest first (as the server orders them: they need an answer first). */
import type { HandoffListResponse } from '../../../../../shared/api/console-handoff-schemas';
import type { HandoffStatus } from '../../api/handoff-api';
import { HandoffSummary } from './handoff-summary';

interface HandoffListProps {
  list: HandoffListResponse;
  status: HandoffStatus;
  selectedId: number | undefined;
}

export function HandoffList({ list, status, selectedId }: HandoffListProps) {
  if (list.items.length === 0) {
    return <p className="empty-note">{status === 'open' ? 'Hiện không có người dân nào đang chờ cán bộ.' : 'Chưa có yêu cầu nào đã kết thúc.'}</p>;
  }
  return (
    <ul className="handoff-list">
      {list.items.map((item) => (
        <li key={item.id}>
          <HandoffSummary item={item} targetMinutes={list.targetMinutes} selected={item.id === selectedId} />
        </li>
      ))}
    </ul>
  );
}
