import type { Question } from '../schema/question-schema';
import { foldForMatch } from '../text/fold-vietnamese';

type Option = NonNullable<Question['options']>[number];

interface FoldedOption {
  label: string;
  labelEn: string | undefined;
  keywords: string[];
}

// Options belong to loaded procedures, which never change: fold their words once.
const foldedOptions = new WeakMap<Option, FoldedOption>();

function folded(option: Option): FoldedOption {
  let entry = foldedOptions.get(option);
  if (!entry) {
    entry = {
      label: foldForMatch(option.label.vi),
      labelEn: option.label.en === undefined ? undefined : foldForMatch(option.label.en),
      keywords: (option.keywords ?? []).map(foldForMatch),
    };
    foldedOptions.set(option, entry);
  }
  return entry;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Finds the option a resident meant: by number ("2"), by value, by label or by a keyword, all
 * without diacritics. Returns every equally good candidate so the caller can ask again when
 * the answer is ambiguous.
 */
export function matchOption(options: readonly Option[], input: string): Option[] {
  const text = foldForMatch(input);
  if (text === '') return [];
  const numberMatch = /^(?:so |cau |lua chon |chon )?(\d{1,2})$/.exec(text);
  if (numberMatch) {
    const option = options[Number(numberMatch[1]) - 1];
    return option ? [option] : [];
  }
  const asValue = text.replace(/ /g, '_');
  const exact = options.filter((o) => o.value === asValue || folded(o).label === text || folded(o).labelEn === text);
  if (exact.length > 0) return exact;
  const byKeyword = options.filter((o) => folded(o).keywords.some((k) => containsPhrase(text, k)));
  const byLabel = options.filter((o) => containsPhrase(folded(o).label, text) || containsPhrase(text, folded(o).label));
  const candidates = byLabel.length === 1 ? byLabel : byKeyword.length > 0 ? byKeyword : byLabel;
  return candidates;
}
