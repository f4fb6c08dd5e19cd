import { describe, expect, it } from 'vitest';
import { FREE_REPLY_WINDOW_HOURS, withinReplyWindow } from '../../../bot-server/zalo/reply-window';
import { loadConfig } from '../../../bot-server/config/load-config';

describe('the reply window for notices', () => {
  const last = '2026-03-02T02:00:00.000Z';
  const after = (ms: number) => new Date(Date.parse(last) + ms);

  it('is open for 48 hours after the resident last wrote by default, and closed after', () => {
    expect(withinReplyWindow(last, after(0), FREE_REPLY_WINDOW_HOURS)).toBe(true);
    expect(withinReplyWindow(last, after(48 * 3_600_000), FREE_REPLY_WINDOW_HOURS)).toBe(true);
    expect(withinReplyWindow(last, after(48 * 3_600_000 + 1), FREE_REPLY_WINDOW_HOURS)).toBe(false);
  });

  it('is 48 hours unless ZALO_NOTICE_WINDOW_HOURS says otherwise, never past Zalo’s 7 days', () => {
    const configured = (value?: string) => loadConfig(value === undefined ? {} : { ZALO_NOTICE_WINDOW_HOURS: value });
    expect(configured()).toMatchObject({ ok: true, config: { noticeWindowHours: FREE_REPLY_WINDOW_HOURS } });
    expect(configured('168')).toMatchObject({ ok: true, config: { noticeWindowHours: 168 } });
    expect(configured('169')).toMatchObject({ ok: false, errors: [expect.stringContaining('ZALO_NOTICE_WINDOW_HOURS')] });
    // Billable up to 7 days: a commune that pays may notify for 3 days.
    expect(withinReplyWindow(last, after(3 * 24 * 3_600_000), 168)).toBe(true);
  });
});
