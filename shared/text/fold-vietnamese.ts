/**
 * Vietnamese text helpers used for matching, never for display.
 * NFC first (phones paste NFD), then folding strips tone and vowel marks and maps đ/Đ → d/D,
 * which `normalize('NFD')` alone leaves untouched.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Normalise user input to NFC and collapse runs of white space. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Strip all diacritics: "Đăng ký hoà" → "Dang ky hoa". Case is kept. */
export function foldDiacritics(input: string): string {
  return input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Matching key: folded, lower case, punctuation turned into spaces, single-spaced. */
export function foldForMatch(input: string): string {
  return foldDiacritics(normalizeText(input))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
