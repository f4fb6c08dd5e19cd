import { createHash, timingSafeEqual } from 'node:crypto';

/** One secret the webhook may be signed with, named so a log can say which one matched. */
export type WebhookSecret = { name: string; value: string };

export type SignatureCheck =
  | { ok: true; matched: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'mismatch' };

// Zalo signs the webhook as `X-ZEvent-Signature: mac=<hex>` with
// hex = sha256(app_id + rawBody + timestamp + secret): a plain SHA-256 of the concatenated string,
// NOT an HMAC (reference/zalo-platform.md §1). `rawBody` must be the exact bytes received.
const MAC_PATTERN = /^mac=([0-9a-f]{64})$/i;

/** The hex signature Zalo puts after `mac=` for this body. Used by the simulator to sign as Zalo does. */
export function zaloSignature(input: { appId: string; rawBody: string; timestamp: string; secret: string }): string {
  return createHash('sha256')
    .update(input.appId + input.rawBody + input.timestamp + input.secret, 'utf8')
    .digest('hex');
}

/**
 * Checks `X-ZEvent-Signature` against every configured secret in constant time.
 * Which secret Zalo uses (OA secret key or app secret) is unconfirmed, so each is tried and the
 * caller logs `matched`. Never throws: a bad header is a value.
 */
export function verifyWebhookSignature(input: {
  header: string | undefined;
  appId: string;
  rawBody: string;
  timestamp: string;
  secrets: WebhookSecret[];
}): SignatureCheck {
  const header = input.header?.trim();
  if (!header) return { ok: false, reason: 'missing' };
  const hex = MAC_PATTERN.exec(header)?.[1];
  if (hex === undefined) return { ok: false, reason: 'malformed' };
  const received = Buffer.from(hex.toLowerCase(), 'hex');
  let matched: string | undefined;
  // Every secret is compared (no early exit) so timing does not reveal which one matched.
  for (const secret of input.secrets) {
    if (secret.value === '') continue;
    const expected = Buffer.from(zaloSignature({ ...input, secret: secret.value }), 'hex');
    if (expected.length === received.length && timingSafeEqual(expected, received) && matched === undefined) {
      matched = secret.name;
    }
  }
  return matched === undefined ? { ok: false, reason: 'mismatch' } : { ok: true, matched };
}
