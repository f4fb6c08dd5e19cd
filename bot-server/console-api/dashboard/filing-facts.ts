/**
 * What one filing contributes to a period's figures: received in it or not, online or not, still
 * in progress at its end (and overdue then), or decided in it: early, on time or late, and after
 * how many working days.
 */
import { vietnamClock, workingDaysBetween } from '../../../shared/rules/calendar';
import type { DashboardFilingRow } from '../../storage/dashboard-store';
import type { DashboardPeriod } from './dashboard-period';

type Timeliness = 'early' | 'onTime' | 'late';

export interface FilingFacts {
  received: boolean;
  online: boolean;
  inProgress: boolean;
  overdue: boolean;
  decision: { timeliness: Timeliness; processingDays: number | null } | null;
}

/** Early (trước hạn), on time (đúng hạn) or late (quá hạn), by the decision's day in Vietnam. */
export function timelinessOf(decisionDay: string, dueDate: string): Timeliness {
  if (decisionDay < dueDate) return 'early';
  return decisionDay === dueDate ? 'onTime' : 'late';
}

/**
 * Working days a decided filing took, counted the way its due date was: the due date is the legal
 * limit in working days after the receiving day, so the time taken is the limit minus the working
 * days still left on the decision day (more than the limit when late). Null without a known limit.
 */
export function processingDays(legalLimitDays: number | null, decisionDay: string, dueDate: string, holidays: ReadonlySet<string>): number | null {
  if (legalLimitDays === null) return null;
  return Math.max(0, legalLimitDays - workingDaysBetween(decisionDay, dueDate, holidays));
}

export function filingFacts(row: DashboardFilingRow, period: DashboardPeriod, legalLimitDays: number | null, holidays: ReadonlySet<string>): FilingFacts {
  const decidedInPeriod = row.decided_at !== null && row.decided_at >= period.startAt && row.decided_at < period.endAt;
  const inProgress = row.decided_at === null || row.decided_at >= period.endAt;
  const decisionDay = decidedInPeriod && row.decided_at !== null ? vietnamClock(row.decided_at).date : null;
  return {
    received: row.received_at >= period.startAt,
    online: row.channel === 'chat' || row.channel === 'miniApp',
    inProgress,
    overdue: inProgress && row.due_date < period.judgedOn,
    decision: decisionDay === null ? null : { timeliness: timelinessOf(decisionDay, row.due_date), processingDays: processingDays(legalLimitDays, decisionDay, row.due_date, holidays) },
  };
}
