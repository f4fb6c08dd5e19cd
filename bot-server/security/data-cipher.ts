/**
 * Seals personal data at rest (conversation state, filing answers: citizen IDs live there; chat
 * bodies, officials' status-change reasons, rating comments) with
 * AES-256-GCM. The key comes from DATA_ENCRYPTION_KEY, or, on the embedded default, from a key
 * file generated once beside the SQLite database.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRandomPool } from './random-pool';
import { createKeyedDigest, type DigestPurpose } from './keyed-digest';

export interface DataCipher {
  seal(plain: string): string;
  open(sealed: string): string;
  /** A keyed digest (HMAC, key derived from this one) to find a value again without storing it. */
  digest(purpose: DigestPurpose, value: string): string;
}

const PREFIX = 'v1:';

export function createDataCipher(key: Buffer): DataCipher {
  if (key.length !== 32) throw new Error('data encryption key must be 32 bytes');
  const freshIv = createRandomPool();
  const digest = createKeyedDigest(key);
  return {
    digest,
    seal(plain) {
      // GCM needs an IV never reused under one key: 96 random bits per message.
      const iv = freshIv(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new SealedDataError('not sealed data');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** The configured key, or a key file created (mode 0600) on first start of the embedded default. */
export function resolveDataKey(configured: string | undefined, keyFile: string): Buffer {
  if (configured) return Buffer.from(configured, 'base64');
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
  mkdirSync(dirname(keyFile), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('base64'), { mode: 0o600 });
  return key;
}

class SealedDataError extends Error {
  readonly code = 'SEALED_DATA_INVALID';
}
