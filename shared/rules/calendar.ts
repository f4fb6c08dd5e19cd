/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in Vietnam's time zone.
 * Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a fixed offset is exact.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

let lastClock: { now: string; clock: { date: string; minutes: number } } | undefined;

/** Local date and minutes since midnight in Vietnam for an ISO instant (memoised: one "now" per step). */
export function vietnamClock(nowIso: string): { date: string; minutes: number } {
  if (lastClock?.now === nowIso) return lastClock.clock;
  const local = new Date(Date.parse(nowIso) + VIETNAM_OFFSET_MS);
  const clock = { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
  lastClock = { now: nowIso, clock };
  return clock;
}

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** Completed years from a birth date to a day (a person born 29/02 turns a year older on 01/03). */
export function ageInYears(birthIso: string, onIso: string): number {
  const [by, bm, bd] = birthIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = onIso.split('-').map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

export function isWorkingDay(isoDate: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate);
}

/** Working days after `fromIso` up to and including `toIso` (negative when `toIso` is earlier). */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  const start = dayNumber(fromIso);
  const end = dayNumber(toIso);
  const sign = end >= start ? 1 : -1;
  let count = 0;
  for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day += 1) {
    if (isWorkingDay(fromDayNumber(day), holidays)) count += 1;
  }
  return sign * count;
}

/** The date that is `days` working days after `fromIso` (0 → the next working day on or after it). */
export function addWorkingDays(fromIso: string, days: number, holidays: ReadonlySet<string>): string {
  let day = dayNumber(fromIso);
  if (days === 0) {
    while (!isWorkingDay(fromDayNumber(day), holidays)) day += 1;
    return fromDayNumber(day);
  }
  let remaining = days;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDay(fromDayNumber(day), holidays)) remaining -= 1;
  }
  return fromDayNumber(day);
}
