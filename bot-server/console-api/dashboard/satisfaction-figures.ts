/** Residents' ratings (1–5) summed up: how many, the mean, and how many gave each score. */
import type { RatingSummary } from '../../../shared/api/console-dashboard-schemas';
import type { ScoreCount } from '../../storage/dashboard-store';
import { oneDecimal } from './summary-statistics';

const SCORES = [1, 2, 3, 4, 5] as const;

export function ratingSummary(counts: readonly ScoreCount[]): RatingSummary {
  const distribution = SCORES.map((score) => ({ score, count: counts.filter((c) => c.score === score).reduce((sum, c) => sum + c.count, 0) }));
  const count = distribution.reduce((sum, d) => sum + d.count, 0);
  const total = distribution.reduce((sum, d) => sum + d.score * d.count, 0);
  return { count, average: count === 0 ? null : oneDecimal(total / count), distribution };
}
