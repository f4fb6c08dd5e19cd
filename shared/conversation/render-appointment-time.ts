/** How the chat writes an appointment's day and time: "Thứ Ba 03/03", "08:00–08:30, Thứ Ba 03/03/2026". */
import { daysBetween } from '../rules/calendar';
import type { Language } from '../i18n/language';
import type { SlotTime } from './appointment-types';

// Sunday first, as 1970-01-01 (day 0) was a Thursday: (days + 4) % 7.
const WEEKDAYS = {
  vi: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** The weekday and the date in Vietnam's order (day/month), with the year when asked. */
export function appointmentDay(date: string, lang: Language, { withYear = false }: { withYear?: boolean } = {}): string {
  const weekday = WEEKDAYS[lang][(((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7];
  const dayMonth = `${date.slice(8, 10)}/${date.slice(5, 7)}`;
  return `${weekday} ${withYear ? `${dayMonth}/${date.slice(0, 4)}` : dayMonth}`;
}

/** A slot in full, for confirmations and lists of the resident's own appointments. */
export function appointmentTime(slot: Pick<SlotTime, 'date' | 'startTime' | 'endTime'>, lang: Language): string {
  return `${slot.startTime}–${slot.endTime}, ${appointmentDay(slot.date, lang, { withYear: true })}`;
}
