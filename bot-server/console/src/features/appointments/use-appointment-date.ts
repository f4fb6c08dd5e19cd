/**
 * The day whose appointments are shown, kept in the address (`?date=2026-03-05`) so Back and a
 * shared link show the same day; today in Vietnam when none (or an unreadable one) is given.
 */
import { useSearchParams } from 'react-router-dom';
import { vietnamToday } from '../../lib/vietnam-today';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `replace`: a date being typed replaces the history entry, so Back goes to the day seen before. */
export function useAppointmentDate(): { date: string; today: string; show: (date: string, options?: { replace?: boolean }) => void } {
  const [params, setParams] = useSearchParams();
  const today = vietnamToday();
  const asked = params.get('date') ?? '';
  const date = ISO_DATE.test(asked) && !Number.isNaN(Date.parse(asked)) ? asked : today;
  return { date, today, show: (next, options) => setParams(next === today ? {} : { date: next }, options) };
}
