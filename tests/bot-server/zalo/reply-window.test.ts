import { describe, expect, it } from 'vitest';
import { withinFreeReplyWindow } from '../../../bot-server/zalo/reply-window';

describe('the free reply window', () => {
  const last = '2026-03-02T02:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(last) + ms);

  it('is open for 48 hours after the resident last wrote, and closed after', () => {
    expect(withinFreeReplyWindow(last, after(0))).toBe(true);
    expect(withinFreeReplyWindow(last, after(48 * 3_600_000))).toBe(true);
    expect(withinFreeReplyWindow(last, after(48 * 3_600_000 + 1))).toBe(false);
    // Billable up to 7 days, but a commune's notices stay free.
    expect(withinFreeReplyWindow(last, after(3 * 24 * 3_600_000))).toBe(false);
  });
});
