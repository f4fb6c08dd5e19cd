import { describe, expect, it } from 'vitest';
import { createRandomPool } from '../../../bot-server/security/random-pool';

describe('random pool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const draw = createRandomPool(64);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i += 1) seen.add(draw(12).toString('hex'));
    expect(seen.size).toBe(1000);
  });

  it('gives the caller its own copy, untouched by later draws', () => {
    const draw = createRandomPool(24);
    const first = draw(12);
    const kept = first.toString('hex');
    for (let i = 0; i < 10; i += 1) draw(12);
    expect(first.toString('hex')).toBe(kept);
  });

  it('refuses a request larger than the pool', () => {
    expect(() => createRandomPool(16)(17)).toThrow(RangeError);
  });
});
