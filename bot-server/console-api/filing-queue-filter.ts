/**
 * The work queue's query string as a storage filter: Vietnam days become UTC instants (a filing
 * received at 06:30 in Hà Nội on 3 March is 23:30 UTC on 2 March), and the reference search keeps
 * only letters and digits, since residents and officials type codes with or without dashes.
 */
import type { FilingQueueQuery } from '../../shared/api/console-filing-schemas';
import type { FilingQueueFilter } from '../storage/filing-queue-store';
import type { FilingScope } from './filing-visibility';

const DAY_MS = 86_400_000;
const vietnamMidnight = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00+07:00`);

export function filingQueueFilter(query: FilingQueueQuery, today: string, scope: Exclude<FilingScope, { kind: 'none' }>): FilingQueueFilter {
  const reference = query.q?.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return {
    today,
    statuses: typeof query.status === 'string' ? [query.status] : query.status,
    procedureId: query.procedureId,
    dueFrom: query.dueFrom,
    dueTo: query.dueTo,
    overdue: query.overdue,
    receivedFrom: query.receivedFrom ? new Date(vietnamMidnight(query.receivedFrom)).toISOString() : undefined,
    receivedBefore: query.receivedTo ? new Date(vietnamMidnight(query.receivedTo) + DAY_MS).toISOString() : undefined,
    referenceContains: reference ? reference : undefined,
    assistedBy: scope.kind === 'assisted' ? scope.staffId : undefined,
  };
}
