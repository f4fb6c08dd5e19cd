/** The selected handoff at a glance: procedure, step, reason, waiting time, holder, dates. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { formatTime } from '../../lib/format-time';
import { reasonLabel } from './reason-label';
import { waitingText } from './waiting-time';

export function HandoffFacts({ item, targetMinutes }: { item: HandoffItem; targetMinutes: number }) {
  const facts: [string, string][] = [
    ['Người dân', `Zalo ${item.userIdMasked}`],
    ['Thủ tục', item.procedureName ?? 'Chưa chọn thủ tục'],
    ['Bước đang làm', item.questionText ?? 'Chưa bắt đầu'],
    ['Lý do', reasonLabel(item.reason)],
    ['Thời gian chờ', waitingText(item, targetMinutes)],
    ['Người xử lý', item.assignedTo?.displayName ?? 'Chưa có người nhận'],
    ['Bắt đầu chờ', formatTime(item.openedAt)],
    ...(item.resolvedAt ? [['Kết thúc', formatTime(item.resolvedAt)] as [string, string]] : []),
  ];
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term} className={term === 'Thời gian chờ' && item.overdue ? 'facts__row text-overdue' : 'facts__row'}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
