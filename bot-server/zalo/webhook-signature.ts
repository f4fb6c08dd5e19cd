import { hash, timingSafeEqual } from 'node:crypto';

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
  // One-shot `hash` (UTF-8 input): a third of createHash().update().digest()'s cost per webhook.
  return hash('sha256', input.appId + input.rawBody + input.timestamp + input.secret, 'hex');
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
  // Compared as 64 hex characters (both lower case): equal text is equal bytes.
  const received = Buffer.from(hex.toLowerCase(), 'latin1');
  let matched: string | undefined;
  // Every secret is compared (no early exit) so timing does not reveal which one matched.
  for (const secret of input.secrets) {
    if (secret.value === '') continue;
    const expected = Buffer.from(zaloSignature({ appId: input.appId, rawBody: input.rawBody, timestamp: input.timestamp, secret: secret.value }), 'latin1');
    if (timingSafeEqual(expected, received) && matched === undefined) matched = secret.name;
  }
  return matched === undefined ? { ok: false, reason: 'mismatch' } : { ok: true, matched };
}
