/** The due date and how the filing stands against it; overdue is said in words and only repeated in colour. */
import type { FilingQueueItem } from '../../../../../shared/api/console-filing-schemas';
import { formatDate } from '../../../../../shared/validators/date-input';
import { deadlineText } from './deadline-text';

export function FilingDeadline({ item }: { item: Pick<FilingQueueItem, 'dueDate' | 'overdue' | 'workingDaysLeft'> }) {
  return (
    <>
      <span className="deadline__date">{formatDate(item.dueDate)}</span>{' '}
      <span className={item.overdue ? 'deadline__state text-overdue' : 'deadline__state'}>
        {item.overdue ? <span aria-hidden="true">⚠ </span> : null}
        {deadlineText(item)}
      </span>
    </>
  );
}
