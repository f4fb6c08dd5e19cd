/**
 * How long the resident has waited against the target. Overdue is said in words ("Quá hạn") and
 * shown in colour, never by colour alone.
 */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { formatMinutes } from '../../lib/format-minutes';

export function waitingText(item: HandoffItem, targetMinutes: number): string {
  const waited = formatMinutes(item.waitingMinutes);
  const target = formatMinutes(targetMinutes);
  if (item.firstReplyAt !== null) return `Được trả lời sau ${waited} (mục tiêu ${target})`;
  if (item.status === 'resolved') return `Kết thúc sau ${waited}, chưa có trả lời`;
  if (item.overdue) return `Đã chờ ${waited}, quá mục tiêu ${target}`;
  return `Đã chờ ${waited} (mục tiêu ${target})`;
}

export function OverdueBadge() {
  return (
    <span className="badge badge--overdue">
      <span aria-hidden="true">⚠ </span>Quá hạn
    </span>
  );
}
