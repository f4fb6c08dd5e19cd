/**
 * Reading a column that holds sealed values and, from before it was sealed, values in clear:
 * both read as written, and a sealed value that does not open is an error, not shown as it is.
 */
import { describe, expect, it } from 'vitest';
import { createDataCipher } from '../../../bot-server/security/data-cipher';
import { openMaybeSealed } from '../../../bot-server/security/open-maybe-sealed';

const cipher = createDataCipher(Buffer.alloc(32, 3));
const REASON = 'Dạ, CCCD 001190012345 chưa khớp, anh/chị vui lòng bổ sung ạ.';

describe('openMaybeSealed', () => {
  it('opens a sealed value', () => {
    expect(openMaybeSealed(cipher, cipher.seal(REASON))).toBe(REASON);
    expect(openMaybeSealed(cipher, cipher.seal(''))).toBe('');
  });

  it('returns a value stored in clear, even one starting like a sealed value, and null, as they are', () => {
    expect(openMaybeSealed(cipher, REASON)).toBe(REASON);
    expect(openMaybeSealed(cipher, 'v1: hồ sơ bản cũ')).toBe('v1: hồ sơ bản cũ');
    expect(openMaybeSealed(cipher, null)).toBeNull();
  });

  it('refuses a sealed value under another key or altered, rather than showing the sealed text', () => {
    const sealed = cipher.seal(REASON);
    expect(() => openMaybeSealed(createDataCipher(Buffer.alloc(32, 4)), sealed)).toThrow();
    const altered = `${sealed.slice(0, -4)}${sealed.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect(() => openMaybeSealed(cipher, altered)).toThrow();
  });
});
