/** A filing status as officials and residents both read it ("Cần bổ sung"), from the one shared table. */
import { filingStatusText, type FilingStatus } from '../../../../shared/filing/filing-status-text';

export const filingStatusLabel = (status: FilingStatus): string => filingStatusText(status, 'miniApp').label.vi;

/** Every status in the order a filing goes through them, for filters and legends. */
export const FILING_STATUSES: readonly FilingStatus[] = ['received', 'processing', 'moreInfoNeeded', 'approved', 'rejected', 'resultReady'];
