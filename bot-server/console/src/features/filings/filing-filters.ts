/**
 * The work queue's filters, kept in the page address so a filtered list can be shared as a link.
 * The address uses the API's own parameter names (shared/api/console-filing-schemas.ts), so the
 * same query string serves the address bar and the request; anything unreadable is dropped.
 */
import type { FilingStatus } from '../../../../../shared/filing/filing-status-text';
import { FILING_STATUSES } from '../../lib/filing-status-label';

export interface FilingFilters {
  statuses: FilingStatus[];
  /** '' for every procedure. */
  procedureId: string;
  dueFrom: string;
  dueTo: string;
  overdueOnly: boolean;
  receivedFrom: string;
  receivedTo: string;
  /** Part of a reference; '' for none. */
  q: string;
}

export const NO_FILTERS: FilingFilters = { statuses: [], procedureId: '', dueFrom: '', dueTo: '', overdueOnly: false, receivedFrom: '', receivedTo: '', q: '' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROCEDURE_ID = /^[a-z][a-z0-9-]*$/;

const dateOrEmpty = (value: string | null): string => (value !== null && ISO_DATE.test(value) ? value : '');
const isStatus = (value: string): value is FilingStatus => (FILING_STATUSES as readonly string[]).includes(value);

export function filtersFromSearch(params: URLSearchParams): FilingFilters {
  const procedureId = params.get('procedureId') ?? '';
  return {
    // In the table's order, once each, whatever order the link gave them in.
    statuses: FILING_STATUSES.filter((status) => params.getAll('status').filter(isStatus).includes(status)),
    procedureId: PROCEDURE_ID.test(procedureId) ? procedureId : '',
    dueFrom: dateOrEmpty(params.get('dueFrom')),
    dueTo: dateOrEmpty(params.get('dueTo')),
    overdueOnly: params.get('overdue') === 'true',
    receivedFrom: dateOrEmpty(params.get('receivedFrom')),
    receivedTo: dateOrEmpty(params.get('receivedTo')),
    q: (params.get('q') ?? '').trim(),
  };
}

/** The filters as a query string, in a fixed order (one cached list per set of filters), empty ones left out. */
export function searchOfFilters(filters: FilingFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append('status', status);
  const optional: [string, string][] = [
    ['procedureId', filters.procedureId],
    ['dueFrom', filters.dueFrom],
    ['dueTo', filters.dueTo],
    ['overdue', filters.overdueOnly ? 'true' : ''],
    ['receivedFrom', filters.receivedFrom],
    ['receivedTo', filters.receivedTo],
    ['q', filters.q],
  ];
  for (const [name, value] of optional) if (value !== '') params.set(name, value);
  return params;
}
