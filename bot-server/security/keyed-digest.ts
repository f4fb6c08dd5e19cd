/**
 * Keyed digests for looking personal data up without storing it (a resident's phone number):
 * HMAC-SHA256 under a subkey derived from the data key with HKDF, one subkey per purpose, so a
 * digest is useless without the key and never doubles as the sealing key.
 */
import { createHmac, hkdfSync } from 'node:crypto';

export type DigestPurpose = 'phone';

export function createKeyedDigest(dataKey: Buffer): (purpose: DigestPurpose, value: string) => string {
  const subkeys = new Map<DigestPurpose, Buffer>();
  const subkey = (purpose: DigestPurpose): Buffer => {
    let key = subkeys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `dvc keyed digest: ${purpose}`, 32));
      subkeys.set(purpose, key);
    }
    return key;
  };
  return (purpose, value) => createHmac('sha256', subkey(purpose)).update(value, 'utf8').digest('base64url');
}
