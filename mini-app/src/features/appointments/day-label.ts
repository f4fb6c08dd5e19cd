/** "Thứ Ba, 10/03/2026": a local date with its weekday, as residents say it. */
import type { MessageKey } from '../../i18n/messages';
import { formatIsoDate } from '../../lib/format-date';

/** By `getUTCDay()`: Sunday first. */
const WEEKDAYS = ['weekday7', 'weekday1', 'weekday2', 'weekday3', 'weekday4', 'weekday5', 'weekday6'] as const satisfies readonly MessageKey[];

export function dayLabel(date: string, t: (key: MessageKey) => string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return weekday ? `${t(weekday)}, ${formatIsoDate(date)}` : formatIsoDate(date);
}
