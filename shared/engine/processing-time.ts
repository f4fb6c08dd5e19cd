import type { Procedure } from '../schema/procedure-schema';
import { addWorkingDays, isWorkingDay, vietnamClock } from '../rules/calendar';
import type { TimeAssessment } from './assessment-types';

/** Filings received after 15:00 count from the next working day (DVCQG practice). */
const DEFAULT_CUTOFF = '15:00';

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * When a filing received at `receivedAt` is due: the receiving day is the first working day on
 * or after it, moved to the next one after the cut-off; same-day procedures are due that day,
 * others `days` working days later.
 */
// Same spec, same instant, same holidays → same answer; a chat step asks several times.
const lastByTime = new WeakMap<Procedure['processingTime'], { receivedAt: string; holidays: ReadonlySet<string>; result: TimeAssessment }>();

export function assessProcessingTime(time: Procedure['processingTime'], receivedAt: string, holidays: ReadonlySet<string>): TimeAssessment {
  const last = lastByTime.get(time);
  if (last && last.receivedAt === receivedAt && last.holidays === holidays) return last.result;
  const result = computeProcessingTime(time, receivedAt, holidays);
  lastByTime.set(time, { receivedAt, holidays, result });
  return result;
}

function computeProcessingTime(time: Procedure['processingTime'], receivedAt: string, holidays: ReadonlySet<string>): TimeAssessment {
  const cutoff = time.kind === 'sameDay' ? time.cutoff : DEFAULT_CUTOFF;
  const clock = vietnamClock(receivedAt);
  const lateInDay = clock.minutes >= minutesOf(cutoff);
  let received = addWorkingDays(clock.date, 0, holidays);
  if (lateInDay && received === clock.date && isWorkingDay(clock.date, holidays)) received = addWorkingDays(clock.date, 1, holidays);
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
