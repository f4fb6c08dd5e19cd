/** Small timing helpers for `npm run bench`: figures are reported beside a baseline from the same run. */
export interface Rate {
  perSecond: number;
  iterations: number;
}

/** Runs `work` repeatedly for about `seconds` and returns how many runs per second it managed. */
export function ratePerSecond(work: () => void, seconds: number): Rate {
  for (let i = 0; i < 200; i += 1) work(); // warm-up for the JIT
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  let iterations = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i += 1) work();
    iterations += 50;
  }
  return { perSecond: iterations / ((performance.now() - started) / 1000), iterations };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function formatRate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
