import { foldForMatch } from '../text/fold-vietnamese';

// Polite padding residents add around short replies: "dạ xác nhận ạ", "vâng đồng ý nhé".
const LEADING = /^(?:(?:da|vang|ad|admin|oi|em|chi|anh) )+/;
const TRAILING = /(?: (?:a|ah|nhe|nha|oi|voi|giup|giup em|giup toi|duoc khong|dc ko|ad))+$/;

/**
 * A reply folded for matching, without polite padding ("Dạ, xác nhận ạ!" → "xac nhan").
 * `keepTrailing` keeps the end as typed, where a code may end in a letter that looks like "ạ".
 */
export function politeCore(text: string, { keepTrailing = false }: { keepTrailing?: boolean } = {}): string {
  const folded = foldForMatch(text);
  const lead = folded.replace(LEADING, '');
  const core = keepTrailing ? lead : lead.replace(TRAILING, '');
  return core.trim() || folded;
}
