/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) in Vietnam's time zone.
 * Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so a fixed offset is exact.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The default holiday list: none. Deployments pass the official list in the context. */
export const NO_HOLIDAYS: ReadonlySet<string> = new Set();

const HOUR_OFFSET = 7;

/** Two ASCII digits at `at` as a number (NaN when they are not digits). */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : Number.NaN;
}

/**
 * Local date and minutes since midnight in Vietnam for an ISO instant. Not memoised: the engine
 * works it out once per step and passes the date down (see `stepContext`). The common UTC form
 * ("2026-03-11T02:00:00.000Z", what `toISOString` gives) is read directly; other forms go
 * through `Date`.
 */
export function vietnamClock(nowIso: string): { date: string; minutes: number } {
  const utc = nowIso.length >= 17 && nowIso.charCodeAt(10) === 84 /* T */ && nowIso.charCodeAt(nowIso.length - 1) === 90; /* Z */
  const hour = utc ? twoDigits(nowIso, 11) : Number.NaN;
  const minute = utc ? twoDigits(nowIso, 14) : Number.NaN;
  if (hour + HOUR_OFFSET < 24 && minute < 60) return { date: nowIso.slice(0, 10), minutes: (hour + HOUR_OFFSET) * 60 + minute };
  const local = new Date(Date.parse(nowIso) + VIETNAM_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/**
 * Days since 1970-01-01 for an ISO date, by calendar arithmetic (days_from_civil, H. Hinnant):
 * rules run it on every message, and `Date.parse` is several times slower.
 */
function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** Completed years from a birth date to a day (a person born 29/02 turns a year older on 01/03). */
export function ageInYears(birthIso: string, onIso: string): number {
  // "MM-DD" compares as text, so only the years need turning into numbers.
  const hadBirthday = onIso.slice(5, 10) >= birthIso.slice(5, 10);
  return Number(onIso.slice(0, 4)) - Number(birthIso.slice(0, 4)) - (hadBirthday ? 0 : 1);
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

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return weekdayOf(dayNumber(isoDate)) || 7;
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
