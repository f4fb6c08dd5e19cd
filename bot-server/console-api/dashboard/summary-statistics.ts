/** The few statistics the dashboard shows, rounded as it shows them (one decimal). */

export const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** part / whole as 0–100 with one decimal; null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : oneDecimal((part * 100) / whole);
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : oneDecimal(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** Nearest-rank percentile: the smallest value with at least `p`% of the values at or below it. */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  const value = sorted[rank - 1];
  return value === undefined ? null : oneDecimal(value);
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return null;
  const lower = sorted.length % 2 === 0 ? sorted[middle - 1] : upper;
  return oneDecimal(((lower ?? upper) + upper) / 2);
}
