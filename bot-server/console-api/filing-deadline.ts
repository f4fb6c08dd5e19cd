/**
 * How a filing stands against its due date (ngày hẹn trả), counted from today in Vietnam: overdue
 * once today is after the due date and the commune has not decided, and the working days left
 * (weekends and the configured holidays do not count).
 */
import { DECIDED_FILING_STATUSES } from '../../shared/filing/filing-status-rules';
import type { FilingStatus } from '../../shared/filing/filing-status-text';
import { workingDaysBetween } from '../../shared/rules/calendar';

export function filingDeadline(filing: { status: FilingStatus; due_date: string }, today: string, holidays: ReadonlySet<string>): { overdue: boolean; workingDaysLeft: number | null } {
  if (DECIDED_FILING_STATUSES.includes(filing.status)) return { overdue: false, workingDaysLeft: null };
  return { overdue: today > filing.due_date, workingDaysLeft: workingDaysBetween(today, filing.due_date, holidays) };
}
