import { foldDiacritics, normalizeText } from '../text/fold-vietnamese';
import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * A person's full name (họ và tên) as it will appear on papers: letters of any Vietnamese form and
 * spaces, at least two words, shown in Title Case ("nguyễn văn an" → "Nguyễn Văn An").
 * An apostrophe inside a word is kept for Ê Đê and Gia Rai names such as "H'Hen Niê".
 */
export function validatePersonName(input: string): ValidationResult<string> {
  const name = normalizeText(input).replace(/[’ʼ‘`]/g, "'");
  if (name.length < 2) {
    return invalid(
      'Hãy nhập đầy đủ họ và tên, ví dụ: Nguyễn Văn An.',
      'Please enter the full name (family name and given name), e.g. Nguyễn Văn An.',
    );
  }
  if (name.length > 100) {
    return invalid(
      `Họ và tên dài tối đa 100 ký tự, bạn đã nhập ${name.length} ký tự. Hãy kiểm tra lại.`,
      `A full name has at most 100 characters; you entered ${name.length}. Please check it.`,
    );
  }
  const words = name.split(' ');
  if (!words.every(isNameWord)) {
    return invalid(
      'Họ và tên chỉ gồm chữ cái và dấu cách, không có chữ số hay ký hiệu. Hãy nhập lại, ví dụ: Nguyễn Văn An.',
      'A name has only letters and spaces, no digits or symbols. Please enter it again, e.g. Nguyễn Văn An.',
    );
  }
  if (words.length < 2) {
    return invalid(
      'Hãy nhập đầy đủ cả họ và tên, ví dụ: Nguyễn Văn An.',
      'Please enter both the family name and the given name, e.g. Nguyễn Văn An.',
    );
  }
  return valid(words.map(titleCase).join(' '));
}

/** Letters (a Vietnamese letter folds to a-z), optionally joined by apostrophes: "H'Hen". */
function isNameWord(word: string): boolean {
  return word.split("'").every((part) => part !== '' && [...part].every(isLetter));
}

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char) && /^[a-z]$/i.test(foldDiacritics(char));
}

function titleCase(word: string): string {
  return word
    .split("'")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("'");
}
