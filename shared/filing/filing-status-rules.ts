/**
 * How a filing (hồ sơ) may move between statuses when an official decides, written once for the
 * console's buttons, the server's checks and the work queue's "overdue" flag.
 *
 *   received       → processing      (checked and accepted for handling)
 *                  → moreInfoNeeded  (papers or details missing at the first check)
 *   processing     → moreInfoNeeded | approved | rejected
 *   moreInfoNeeded → processing      (the resident supplied what was missing)
 *                  → rejected        (they could not)
 *   approved       → resultReady     (the result document is ready to collect)
 *   rejected, resultReady: final.
 */
import type { FilingStatus } from './filing-status-text';

const NEXT: Record<FilingStatus, readonly FilingStatus[]> = {
  received: ['processing', 'moreInfoNeeded'],
  processing: ['moreInfoNeeded', 'approved', 'rejected'],
  moreInfoNeeded: ['processing', 'rejected'],
  approved: ['resultReady'],
  rejected: [],
  resultReady: [],
};

/** The resident must be told what is missing, or why the answer is no: these need a reason. */
export const REASON_REQUIRED_STATUSES: readonly FilingStatus[] = ['moreInfoNeeded', 'rejected'];

/** Decided filings are never overdue: the commune has given its answer. */
export const DECIDED_FILING_STATUSES: readonly FilingStatus[] = ['approved', 'rejected', 'resultReady'];

/** The statuses an official may move a filing to from `status` (none once it is final). */
export function nextFilingStatuses(status: FilingStatus): readonly FilingStatus[] {
  return NEXT[status];
}
