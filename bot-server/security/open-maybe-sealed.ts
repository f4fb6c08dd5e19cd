/**
 * Opens free text from a column that was stored in clear before it was sealed (an official's
 * reason in filing_events.note, a resident's comment in filing_ratings.comment). Rows written
 * before then are read as they are rather than sealed by a migration, because migrations run
 * without the data key. Only the exact shape `seal` writes counts as sealed, so a legacy text that
 * happens to start with "v1:" still reads, while a sealed value that will not open (wrong key,
 * tampering) still throws instead of being shown as it is.
 */
import type { DataCipher } from './data-cipher';

// 'v1:' then base64 (IV, tag, body): free text with a space or a Vietnamese letter never matches.
const SEALED_SHAPE = /^v1:[A-Za-z0-9+/]+={0,2}$/;

export function openMaybeSealed(cipher: DataCipher, value: string): string;
export function openMaybeSealed(cipher: DataCipher, value: string | null): string | null;
export function openMaybeSealed(cipher: DataCipher, value: string | null): string | null {
  if (value === null || !SEALED_SHAPE.test(value)) return value;
  return cipher.open(value);
}
