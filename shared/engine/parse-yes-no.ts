import { foldForMatch } from '../text/fold-vietnamese';
import { isUnsure } from './is-unsure';

// Checked before "yes" words: "khong co" (no) contains "co" (yes).
const NO = /^(2|khong|ko|k|kg|khg|hong|hok|no|n|chua|sai|nope)\b/;
const YES = /^(1|co|c|yes|y|ok|oke|okay|vang|da|u|uh|um|dung|phai|roi|chac chan)\b/;
// Polite lead-ins that carry no meaning of their own: "dạ không ạ" means no.
const LEAD_IN = /^((da|vang|thua|em|chi|anh|ba|ong|chau|con|toi|minh) )+/;

/** Understands a yes/no reply typed the way residents type it; undefined when unclear ("không biết" included). */
export function parseYesNo(input: string): boolean | undefined {
  const folded = foldForMatch(input);
  if (isUnsure(folded)) return undefined;
  const core = folded.replace(LEAD_IN, '');
  const text = core === '' ? folded : core;
  if (NO.test(text)) return false;
  if (YES.test(text)) return true;
  return undefined;
}
