/** Log masking: citizen IDs in any grouping, phone numbers in URLs, and request logs that still say what happened. */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { scrubText } from '../../../bot-server/app/scrub-personal-data';
import { startTestServer } from '../../support/test-server';

describe('scrubText', () => {
  it('masks a citizen ID however it is grouped', () => {
    for (const typed of ['001190012345', '0011 9001 2345', '001 190 012 345', '0011.9001.2345', '001-190-012-345', '00119 0012345']) {
      expect(scrubText(`CCCD ${typed}, cảm ơn`)).toBe('CCCD [citizen-id], cảm ơn');
    }
    expect(scrubText('001190012345 001190012346')).toBe('[citizen-id] [citizen-id]');
  });

  it('masks phone numbers in national and international form', () => {
    expect(scrubText('gọi 0912 345 678 hoặc +84912345678, q=so+0912345678')).toBe('gọi [phone] hoặc [phone], q=so+[phone]');
  });

  it('leaves Zalo ids, times and filing references alone', () => {
    const text = 'user 8403000000000000001 at 2026-03-02T02:00:00.000Z filed NNBV-GKPM-J';
    expect(scrubText(text)).toBe(text);
  });
});

describe('request logs', () => {
  it('keep method, URL and status, with a phone number in the URL masked', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const server = await startTestServer({ LOG_LEVEL: 'info' }, { logStream, workers: false });
    expect((await server.app.inject({ url: '/api/procedures?q=so+dien+thoai+0912345678' })).statusCode).toBe(200);
    await server.close();
    const entries = lines.map((line) => JSON.parse(line) as { req?: { method?: string; url?: string }; res?: { statusCode?: number } });
    expect(entries.find((entry) => entry.req)?.req).toMatchObject({ method: 'GET', url: '/api/procedures?q=so+dien+thoai+[phone]' });
    expect(entries.find((entry) => entry.res)?.res).toEqual({ statusCode: 200 });
    expect(lines.join('')).not.toContain('0912345678');
  });
});
