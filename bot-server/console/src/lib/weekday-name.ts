/** The day of the week as officials say it ("Thứ Hai" … "Chủ nhật"), and a day written out with it. */
import { formatDate } from '../../../../shared/validators/date-input';

const NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The calendar day's own weekday, whatever the browser's time zone. */
function weekdayName(isoDate: string): string {
  return NAMES[new Date(`${isoDate}T00:00:00Z`).getUTCDay()] ?? '';
}

/** "Thứ Hai, 05/03/2026". */
export const dayWithWeekday = (isoDate: string): string => `${weekdayName(isoDate)}, ${formatDate(isoDate)}`;
