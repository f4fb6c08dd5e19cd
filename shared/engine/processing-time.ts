import type { Procedure } from '../schema/procedure-schema';
import { addWorkingDays, isWorkingDay, vietnamClock } from '../rules/calendar';
import type { TimeAssessment } from './assessment-types';

/** Filings received after 15:00 count from the next working day (DVCQG practice). */
const DEFAULT_CUTOFF = '15:00';

/** "15:00" → 900 (the schema guarantees HH:MM). */
function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * When a filing received at `receivedAt` is due: the receiving day is the first working day on
 * or after it, moved to the next one after the cut-off; same-day procedures are due that day,
 * others `days` working days later.
 */
export function assessProcessingTime(time: Procedure['processingTime'], receivedAt: string, holidays: ReadonlySet<string>): TimeAssessment {
  const cutoff = time.kind === 'sameDay' ? time.cutoff : DEFAULT_CUTOFF;
  const clock = vietnamClock(receivedAt);
  const lateInDay = clock.minutes >= minutesOf(cutoff);
  // Only the local day and which side of the cut-off matter, so messages of one day share a result.
  const key = `${clock.date}|${lateInDay}`;
  const last = lastByDay.get(time);
  if (last && last.key === key && last.holidays === holidays) return last.result;
  const result = computeProcessingTime(time, clock.date, lateInDay, cutoff, holidays);
  lastByDay.set(time, { key, holidays, result });
  return result;
}

// Processing-time specs belong to loaded procedures, which never change: keep the last answer beside each.
const lastByDay = new WeakMap<Procedure['processingTime'], { key: string; holidays: ReadonlySet<string>; result: TimeAssessment }>();

function computeProcessingTime(time: Procedure['processingTime'], date: string, lateInDay: boolean, cutoff: string, holidays: ReadonlySet<string>): TimeAssessment {
  let received = addWorkingDays(date, 0, holidays);
  if (lateInDay && received === date && isWorkingDay(date, holidays)) received = addWorkingDays(date, 1, holidays);
  const days = time.kind === 'sameDay' ? 0 : time.days;
  return {
    kind: time.kind,
    days,
    daysIfVerification: time.daysIfVerification,
    cutoff,
    dueDate: addWorkingDays(received, days, holidays),
    note: time.note,
    unconfirmed: time.unconfirmed === true,
  };
}
