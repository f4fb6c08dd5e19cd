/**
 * Where a filing stands against its due date, in words ("Quá hạn 2 ngày làm việc"): the list and
 * the filing page say it in text, and colour only repeats it.
 */
import type { FilingQueueItem } from '../../../../../shared/api/console-filing-schemas';

export function deadlineText(item: Pick<FilingQueueItem, 'overdue' | 'workingDaysLeft'>): string {
  const left = item.workingDaysLeft;
  if (left === null) return 'Đã giải quyết';
  // Overdue with nothing to count: the due date was the last working day, and today is a day off.
  if (item.overdue) return left < 0 ? `Quá hạn ${-left} ngày làm việc` : 'Đã quá hạn';
  return left === 0 ? 'Hạn là hôm nay' : `Còn ${left} ngày làm việc`;
}
