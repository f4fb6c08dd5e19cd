import type { Question } from '../schema/question-schema';
import { foldForMatch } from '../text/fold-vietnamese';

type Option = NonNullable<Question['options']>[number];

function containsPhrase(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Finds the option a resident meant: by number ("2"), by value, by label or by a keyword, all
 * without diacritics. Returns every equally good candidate so the caller can ask again when
 * the answer is ambiguous.
 */
export function matchOption(options: readonly Option[], input: string): Option[] {
  const folded = foldForMatch(input);
  if (folded === '') return [];
  const numberMatch = /^(?:so |cau |lua chon |chon )?(\d{1,2})$/.exec(folded);
  if (numberMatch) {
    const option = options[Number(numberMatch[1]) - 1];
    return option ? [option] : [];
  }
  const exact = options.filter((o) => o.value === folded.replace(/ /g, '_') || foldForMatch(o.label.vi) === folded || (o.label.en && foldForMatch(o.label.en) === folded));
  if (exact.length > 0) return exact;
  const byKeyword = options.filter((o) => (o.keywords ?? []).some((k) => containsPhrase(folded, foldForMatch(k))));
  const byLabel = options.filter((o) => containsPhrase(foldForMatch(o.label.vi), folded) || containsPhrase(folded, foldForMatch(o.label.vi)));
  const candidates = byLabel.length === 1 ? byLabel : byKeyword.length > 0 ? byKeyword : byLabel;
  return candidates;
}
