/**
 * Fixed-window hit counters in this process: what the API rate limit falls back to while Redis is
 * out of reach. Bounded, so a flood of distinct addresses cannot grow it without limit.
 */
type Window = { count: number; resetAt: number };

export function createLocalRateCounter(maxKeys = 10_000, now: () => number = Date.now) {
  const windows = new Map<string, Window>();

  function makeRoom(at: number): void {
    for (const [key, window] of windows) if (window.resetAt <= at) windows.delete(key);
    // Still full of live windows: forget the oldest (a Map iterates in insertion order).
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  }

  return {
    /** Counts a hit for `key`; `ttl` is what is left of its window, in ms. */
    count(key: string, windowMs: number): { current: number; ttl: number } {
      const at = now();
      let window = windows.get(key);
      if (!window || window.resetAt <= at) {
        if (!window && windows.size >= maxKeys) makeRoom(at);
        window = { count: 0, resetAt: at + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { current: window.count, ttl: window.resetAt - at };
    },
  };
}
