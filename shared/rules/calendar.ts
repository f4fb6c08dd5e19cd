/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in Vietnam's time zone.
 * Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a fixed offset is exact.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The default holiday list: none. Deployments pass the official list in the context. */
export const NO_HOLIDAYS: ReadonlySet<string> = new Set();

let lastClock: { now: string; clock: { date: string; minutes: number } } | undefined;

/** Local date and minutes since midnight in Vietnam for an ISO instant (memoised: one "now" per step). */
export function vietnamClock(nowIso: string): { date: string; minutes: number } {
  if (lastClock?.now === nowIso) return lastClock.clock;
  const local = new Date(Date.parse(nowIso) + VIETNAM_OFFSET_MS);
  const clock = { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
  lastClock = { now: nowIso, clock };
  return clock;
}

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

function fromDayNumber(day: number): string {
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

// Day 0 (1970-01-01) was a Thursday.
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

// Holiday sets are configuration, built once: keep their day numbers beside them.
const holidayDays = new WeakMap<ReadonlySet<string>, Set<number>>();

function holidayNumbers(holidays: ReadonlySet<string>): Set<number> {
  let days = holidayDays.get(holidays);
  if (!days) {
    days = new Set([...holidays].map(dayNumber));
    holidayDays.set(holidays, days);
  }
  return days;
}

function isWorkingDayNumber(day: number, holidays: Set<number>): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

export function isWorkingDay(isoDate: string, holidays: ReadonlySet<string>): boolean {
  return isWorkingDayNumber(dayNumber(isoDate), holidayNumbers(holidays));
}

/** Working days after `fromIso` up to and including `toIso` (negative when `toIso` is earlier). */
export function workingDaysBetween(fromIso: string, toIso: string, holidays: ReadonlySet<string>): number {
  const days = holidayNumbers(holidays);
  const start = dayNumber(fromIso);
  const end = dayNumber(toIso);
  let count = 0;
  for (let day = Math.min(start, end) + 1; day <= Math.max(start, end); day += 1) {
    if (isWorkingDayNumber(day, days)) count += 1;
  }
  return end >= start ? count : -count;
}

/** The date that is `days` working days after `fromIso` (0 → the next working day on or after it). */
export function addWorkingDays(fromIso: string, days: number, holidays: ReadonlySet<string>): string {
  const off = holidayNumbers(holidays);
  let day = dayNumber(fromIso);
  if (days === 0) {
    while (!isWorkingDayNumber(day, off)) day += 1;
    return fromDayNumber(day);
  }
  let remaining = days;
  while (remaining > 0) {
    day += 1;
    if (isWorkingDayNumber(day, off)) remaining -= 1;
  }
  return fromDayNumber(day);
}
