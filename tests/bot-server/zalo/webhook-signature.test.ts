import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature, zaloSignature } from '../../../bot-server/zalo/webhook-signature';

// A realistic body exactly as received (the bytes are signed, not the parsed object).
const APP_ID = '4291763606161179100';
const TIMESTAMP = '1717999999999';
const RAW_BODY =
  '{"app_id":"4291763606161179100","user_id_by_app":"5528148830385634400","event_name":"user_send_text",' +
  '"timestamp":"1717999999999","sender":{"id":"8912382170034401234"},"recipient":{"id":"3917162553455101234"},' +
  '"message":{"text":"Xin chào","msg_id":"b8c2f0a6e04d4a17a7e0ab1f3d9e0c11"}}';
const OA_SECRET = 'oa-secret-key-123';
// Computed once from the documented formula, independently of the code under test:
//   printf '%s' "$APP_ID$RAW_BODY$TIMESTAMP$OA_SECRET" | sha256sum
const EXPECTED_HEX = 'b95aa392815be9488b1e647d7c93a58c9ae6c19c208191db5a573dafc1541acd';

const secrets = [
  { name: 'oaSecretKey', value: OA_SECRET },
  { name: 'appSecret', value: 'app-secret-456' },
];
const check = (header: string | undefined, rawBody = RAW_BODY) =>
  verifyWebhookSignature({ header, appId: APP_ID, rawBody, timestamp: TIMESTAMP, secrets });

describe('zaloSignature', () => {
  it('is sha256(appId + rawBody + timestamp + secret), matching the hard-coded vector', () => {
    expect(zaloSignature({ appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secret: OA_SECRET })).toBe(EXPECTED_HEX);
    const byHand = createHash('sha256').update(APP_ID + RAW_BODY + TIMESTAMP + OA_SECRET).digest('hex');
    expect(byHand).toBe(EXPECTED_HEX);
  });

  it('is not an HMAC', () => {
    const hmac = createHmac('sha256', OA_SECRET).update(APP_ID + RAW_BODY + TIMESTAMP).digest('hex');
    expect(zaloSignature({ appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secret: OA_SECRET })).not.toBe(hmac);
  });
});

describe('verifyWebhookSignature', () => {
  it('accepts the OA secret key and says which secret matched', () => {
    expect(check(`mac=${EXPECTED_HEX}`)).toEqual({ ok: true, matched: 'oaSecretKey' });
  });

  it('accepts upper-case hex and surrounding spaces', () => {
    expect(check(`  mac=${EXPECTED_HEX.toUpperCase()} `)).toEqual({ ok: true, matched: 'oaSecretKey' });
  });

  it('accepts the app secret too (which one Zalo uses is unconfirmed)', () => {
    const hex = zaloSignature({ appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secret: 'app-secret-456' });
    expect(check(`mac=${hex}`)).toEqual({ ok: true, matched: 'appSecret' });
  });

  it('rejects a signature made with a secret we do not hold', () => {
    const hex = zaloSignature({ appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secret: 'someone-else' });
    expect(check(`mac=${hex}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a tampered body, even one that parses to the same JSON', () => {
    expect(check(`mac=${EXPECTED_HEX}`, RAW_BODY.replace('Xin chào', 'Xin chao'))).toEqual({ ok: false, reason: 'mismatch' });
    expect(check(`mac=${EXPECTED_HEX}`, JSON.stringify(JSON.parse(RAW_BODY), null, 1))).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('rejects a different timestamp', () => {
    const result = verifyWebhookSignature({ header: `mac=${EXPECTED_HEX}`, appId: APP_ID, rawBody: RAW_BODY, timestamp: '1717999999998', secrets });
    expect(result).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('reports a missing header', () => {
    expect(check(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(check('')).toEqual({ ok: false, reason: 'missing' });
  });

  it('reports a header without the mac= prefix as malformed', () => {
    expect(check(EXPECTED_HEX)).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`sha256=${EXPECTED_HEX}`)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('reports a wrong-length or non-hex signature as malformed, without throwing', () => {
    expect(check(`mac=${EXPECTED_HEX.slice(0, 63)}`)).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`mac=${EXPECTED_HEX}00`)).toEqual({ ok: false, reason: 'malformed' });
    expect(check(`mac=${'z'.repeat(64)}`)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('never matches an empty configured secret', () => {
    const hex = zaloSignature({ appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secret: '' });
    const result = verifyWebhookSignature({ header: `mac=${hex}`, appId: APP_ID, rawBody: RAW_BODY, timestamp: TIMESTAMP, secrets: [{ name: 'unset', value: '' }] });
    expect(result).toEqual({ ok: false, reason: 'mismatch' });
  });
});
