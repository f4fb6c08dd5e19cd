/**
 * A dashboard period of Vietnam calendar days as the UTC instants the database stores, so every
 * query compares ISO strings (the same in SQLite and PostgreSQL).
 */
import { vietnamClock } from '../../../shared/rules/calendar';

const DAY_MS = 24 * 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export interface DashboardPeriod {
  from: string;
  to: string;
  /** Midnight starting `from` in Vietnam, as a UTC instant (included). */
  startAt: string;
  /** Midnight after `to` in Vietnam (excluded). */
  endAt: string;
  /** The day "overdue" is judged on: the day after the period, or today while it still runs. */
  judgedOn: string;
}

const nextDay = (isoDate: string): string => new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
const vietnamMidnight = (isoDate: string): string => new Date(Date.parse(`${isoDate}T00:00:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();

export function dashboardPeriod(from: string, to: string, now: Date): DashboardPeriod {
  const today = vietnamClock(now.toISOString()).date;
  const after = nextDay(to);
  return { from, to, startAt: vietnamMidnight(from), endAt: vietnamMidnight(after), judgedOn: today < after ? today : after };
}
