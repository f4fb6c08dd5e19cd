/**
 * The per-instance counters the API rate limit falls back to while Redis is down: a fixed window
 * per client, started by its first hit, and a bounded number of clients remembered.
 */
import { describe, expect, it } from 'vitest';
import { createLocalRateCounter } from '../../../bot-server/app/local-rate-counter';

describe('local rate counter', () => {
  it('counts hits in a window that starts with the first one, and starts again once it is over', () => {
    let now = 1_000;
    const counter = createLocalRateCounter(100, () => now);
    expect(counter.count('10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    now += 20_000;
    expect(counter.count('10.0.0.1', 60_000)).toEqual({ current: 2, ttl: 40_000 });
    expect(counter.count('10.0.0.2', 60_000)).toEqual({ current: 1, ttl: 60_000 }); // another client
    now += 40_000;
    expect(counter.count('10.0.0.1', 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it('remembers a bounded number of clients, forgetting expired windows first, then the oldest', () => {
    let now = 0;
    const counter = createLocalRateCounter(3, () => now);
    counter.count('old', 1_000);
    now = 500;
    counter.count('a', 10_000);
    counter.count('a', 10_000);
    counter.count('b', 10_000);
    now = 2_000; // 'old' has expired: it makes room, and 'a' keeps its count
    counter.count('c', 10_000);
    expect(counter.count('a', 10_000).current).toBe(3);
    counter.count('d', 10_000); // full of live windows: the oldest ('a') goes
    expect(counter.count('b', 10_000).current).toBe(2);
    expect(counter.count('a', 10_000).current).toBe(1);
  });
});
