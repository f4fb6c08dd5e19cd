/** A group of filings' figures (all of them, or one procedure's) from what each contributes. */
import type { FilingFigures } from '../../../shared/api/console-dashboard-schemas';
import type { FilingFacts } from './filing-facts';
import { average, nearestRankPercentile, percent } from './summary-statistics';

export function filingFigures(facts: readonly FilingFacts[]): FilingFigures {
  const received = facts.filter((f) => f.received);
  const receivedOnline = received.filter((f) => f.online).length;
  const inProgress = facts.filter((f) => f.inProgress);
  const decisions = facts.flatMap((f) => (f.decision ? [f.decision] : []));
  const resolved = decisions.length;
  const counted = (timeliness: string) => decisions.filter((d) => d.timeliness === timeliness).length;
  const [early, onTime, late] = [counted('early'), counted('onTime'), counted('late')];
  const days = decisions.flatMap((d) => (d.processingDays === null ? [] : [d.processingDays]));
  return {
    received: received.length,
    receivedOnline,
    onlinePercent: percent(receivedOnline, received.length),
    inProgress: inProgress.length,
    inProgressOverdue: inProgress.filter((f) => f.overdue).length,
    resolved,
    early,
    onTime,
    late,
    earlyPercent: percent(early, resolved),
    onTimePercent: percent(onTime, resolved),
    latePercent: percent(late, resolved),
    averageProcessingDays: average(days),
    p90ProcessingDays: nearestRankPercentile(days, 90),
  };
}
