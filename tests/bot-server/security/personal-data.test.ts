/** Citizen IDs and phone numbers never reach the logs; personal data is sealed at rest. */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { mkdtempSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { createDataCipher, resolveDataKey } from '../../../bot-server/security/data-cipher';
import { startTestServer } from '../../support/test-server';

describe('logs', () => {
  it('mask citizen IDs and phone numbers wherever they appear, and never print tokens', async () => {
    const lines: string[] = [];
    const logStream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const server = await startTestServer({ LOG_LEVEL: 'info' }, { logStream, workers: false });
    server.app.log.info({ answer: 'CCCD 001190012345, SĐT 0912 345 678', grouped: 'số 001 190 012 346', nested: { phone: '+84912345678' }, access_token: 'secret-token' }, 'resident said 079203001234');
    // A webhook body the parser rejects is logged as a problem: its contents must still be masked.
    await server.app.inject({ method: 'POST', url: '/webhooks/zalo', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ message: { text: 'số 001190012345' }, timestamp: '1' }) });
    await server.close();
    const log = lines.join('');
    expect(log).toContain('[citizen-id]');
    expect(log).toContain('[phone]');
    for (const secret of ['001190012345', '079203001234', '001 190 012 346', '0912 345 678', '+84912345678', 'secret-token']) expect(log).not.toContain(secret);
  });
});

describe('storage', () => {
  it('keeps what residents typed sealed in the inbox and the outbox', async () => {
    const server = await startTestServer();
    const userId = '8403000000000000001';
    await server.turn(userId, 'số căn cước của tôi là 001190012345, điện thoại 0912345678');
    const { db } = server.app.services;
    const inbox = await db.selectFrom('inbox').select('payload').where('user_id', '=', userId).execute();
    const outbox = await db.selectFrom('outbox').select('body').where('user_id', '=', userId).execute();
    const stored = JSON.stringify([inbox, outbox]);
    expect(inbox.length).toBeGreaterThan(0);
    expect(stored).not.toContain('001190012345');
    expect(stored).not.toContain('0912345678');
    expect(stored).not.toContain('căn cước');
    await server.close();
  });
});

describe('data cipher', () => {
  const cipher = createDataCipher(randomBytes(32));

  it('seals and opens, with a fresh nonce each time', () => {
    const sealed = cipher.seal('{"registrant_citizen_id":"001190012345"}');
    expect(sealed).not.toContain('001190012345');
    expect(cipher.seal('x')).not.toBe(cipher.seal('x'));
    expect(cipher.open(sealed)).toBe('{"registrant_citizen_id":"001190012345"}');
  });

  it('refuses tampered data and the wrong key', () => {
    const sealed = cipher.seal('hello');
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.open(tampered)).toThrow();
    expect(() => createDataCipher(randomBytes(32)).open(sealed)).toThrow();
  });

  it('creates a private key file once for the embedded default and reuses it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'key-')), 'secret.key');
    const first = resolveDataKey(undefined, file);
    expect(resolveDataKey(undefined, file).equals(first)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveDataKey(Buffer.alloc(32, 7).toString('base64'), file).equals(Buffer.alloc(32, 7))).toBe(true);
  });
});
