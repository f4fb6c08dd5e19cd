/**
 * Vietnamese text helpers used for matching, never for display.
 * NFC first (phones paste NFD), then folding strips tone and vowel marks and maps đ/Đ → d/D,
 * which `normalize('NFD')` alone leaves untouched.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
const ASCII = /^[\x20-\x7e]*$/;

/** Normalise user input to NFC and collapse runs of white space. */
export function normalizeText(input: string): string {
  const nfc = ASCII.test(input) ? input : input.normalize('NFC').replace(ZERO_WIDTH, '');
  return nfc.replace(/\s+/g, ' ').trim();
}

/** Strip all diacritics: "Đăng ký hoà" → "Dang ky hoa". Case is kept. */
export function foldDiacritics(input: string): string {
  if (ASCII.test(input)) return input;
  // Once the marks are gone only base letters remain, so no NFC pass is needed afterwards.
  return input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(ZERO_WIDTH, '');
}

/** Matching key: folded, lower case, punctuation turned into spaces, single-spaced. */
export function foldForMatch(input: string): string {
  return foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
