/** Whether the desk is open now and, if not, when it opens next: what the chat tells residents, said to the admin. */
import { formatDate } from '../../../../../shared/validators/date-input';

export function officeHoursStatus(status: { openNow: boolean; nextOpen: { date: string; time: string } }): string {
  if (status.openNow) return 'Bây giờ đang trong giờ làm việc.';
  return `Bây giờ ngoài giờ làm việc. Bộ phận Một cửa mở cửa lại lúc ${status.nextOpen.time} ngày ${formatDate(status.nextOpen.date)}.`;
}
