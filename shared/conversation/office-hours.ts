import { addWorkingDays, isWorkingDay, vietnamClock } from '../rules/calendar';

export interface OfficeHours {
  /** Local opening and closing times, HH:MM, Monday to Friday except holidays. */
  open: string;
  close: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { open: '07:30', close: '17:00' };

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Whether the one-stop desk is open now, and if not, when it next opens (local date and time). */
export function officeStatus(now: string, hours: OfficeHours, holidays: ReadonlySet<string>): { open: boolean; nextOpenDate: string; nextOpenTime: string } {
  const clock = vietnamClock(now);
  const workingToday = isWorkingDay(clock.date, holidays);
  const open = workingToday && clock.minutes >= minutes(hours.open) && clock.minutes < minutes(hours.close);
  const opensLaterToday = workingToday && clock.minutes < minutes(hours.open);
  const nextOpenDate = open || opensLaterToday ? clock.date : addWorkingDays(clock.date, 1, holidays);
  return { open, nextOpenDate, nextOpenTime: hours.open };
}
