import { foldDiacritics, foldForMatch, normalizeText } from '../text/fold-vietnamese';
import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * Household-business name (tên hộ kinh doanh, Decree 168/2025): "Hộ kinh doanh" + a proper name
 * written with Vietnamese letters, F, J, Z, W, digits and simple symbols. Words reserved for
 * enterprises are refused even without accents ("cong ty").
 */
const PREFIX = 'Hộ kinh doanh';

const RESERVED: readonly { folded: string; vi: string }[] = [
  { folded: 'tong cong ty', vi: 'tổng công ty' },
  { folded: 'cong ty', vi: 'công ty' },
  { folded: 'tap doan', vi: 'tập đoàn' },
  { folded: 'doanh nghiep', vi: 'doanh nghiệp' },
];

const SYMBOLS = new Set([' ', '&', '-', '.', ',', "'", '(', ')']);

export function validateHouseholdBusinessName(input: string): ValidationResult<string> {
  const words = normalizeText(input).split(' ').filter((word) => word !== '');
  const prefixLength = prefixWordCount(words);
  if (prefixLength === 0) {
    return invalid(
      `Tên phải bắt đầu bằng “${PREFIX}” rồi đến tên riêng, ví dụ: ${PREFIX} Phở Thìn.`,
      `The name must start with “${PREFIX}” followed by a proper name, e.g. ${PREFIX} Phở Thìn.`,
    );
  }
  const name = words.slice(prefixLength).join(' ').replace(/^[\s:\-.,]+/, '');
  if (!/[\p{L}\d]/u.test(name)) {
    return invalid(
      `Hãy ghi tên riêng sau chữ “${PREFIX}”, ví dụ: ${PREFIX} Phở Thìn.`,
      `Please add a proper name after “${PREFIX}”, e.g. ${PREFIX} Phở Thìn.`,
    );
  }
  const folded = ` ${foldForMatch(name)} `;
  // Also catch the words run together ("CongTy"), but only as a whole word.
  const reserved = RESERVED.find(
    (word) => folded.includes(` ${word.folded} `) || folded.includes(` ${word.folded.replace(/ /g, '')} `),
  );
  if (reserved) {
    return invalid(
      `Tên hộ kinh doanh không được có từ “${reserved.vi}” (các từ “công ty”, “tổng công ty”, “tập đoàn”, “doanh nghiệp” chỉ dành cho doanh nghiệp). Hãy bỏ từ này, ví dụ: ${PREFIX} ABC.`,
      `A household-business name may not contain “${reserved.vi}” (“company”, “corporation”, “group”, “enterprise” are reserved for enterprises). Please remove it, e.g. ${PREFIX} ABC.`,
    );
  }
  const bad = [...name].find((char) => !isAllowedChar(char));
  if (bad !== undefined) {
    return invalid(
      `Tên có ký tự “${bad}” không được dùng. Hãy chỉ dùng chữ cái tiếng Việt, F, J, Z, W, chữ số và các dấu & - . , ví dụ: ${PREFIX} Phở Thìn & Con.`,
      `The name contains “${bad}”, which is not allowed. Please use only Vietnamese letters, F, J, Z, W, digits and & - . , e.g. ${PREFIX} Phở Thìn & Con.`,
    );
  }
  return valid(`${PREFIX} ${name}`);
}

/** How many leading words spell "Hộ kinh doanh" (or its short form "HKD"); 0 when absent. */
function prefixWordCount(words: readonly string[]): number {
  const key = (word: string | undefined): string => foldForMatch(word ?? '');
  if (key(words[0]) === 'hkd') return 1;
  return key(words[0]) === 'ho' && key(words[1]) === 'kinh' && key(words[2]) === 'doanh' ? 3 : 0;
}

/** Letters of the Vietnamese alphabet (any accent) plus F, J, Z, W; digits; a few plain symbols. */
function isAllowedChar(char: string): boolean {
  if (SYMBOLS.has(char) || /\d/.test(char)) return true;
  return /\p{L}/u.test(char) && /^[a-z]$/i.test(foldDiacritics(char));
}
