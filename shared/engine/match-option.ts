import type { Question } from '../schema/question-schema';
import { foldForMatch } from '../text/fold-vietnamese';

type Option = NonNullable<Question['options']>[number];

interface FoldedOption {
  label: string;
  labelEn: string | undefined;
  keywords: string[];
  labelNegated: boolean;
}

// Options belong to loaded procedures, which never change: fold their words once.
const foldedOptions = new WeakMap<Option, FoldedOption>();

const NEGATIONS: ReadonlySet<string> = new Set(['khong', 'ko', 'k', 'kg', 'khg', 'hok', 'chua', 'chang']);

const hasNegation = (folded: string): boolean => folded.split(' ').some((word) => NEGATIONS.has(word));

function folded(option: Option): FoldedOption {
  let entry = foldedOptions.get(option);
  if (!entry) {
    const label = foldForMatch(option.label.vi);
    entry = {
      label,
      labelEn: option.label.en === undefined ? undefined : foldForMatch(option.label.en),
      keywords: (option.keywords ?? []).map(foldForMatch),
      labelNegated: hasNegation(label),
    };
    foldedOptions.set(option, entry);
  }
  return entry;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/** Positions of the reply's words covered by the option's label and keywords. */
function coverage(words: readonly string[], text: string, option: FoldedOption): Set<number> {
  const covered = new Set<number>();
  for (const phrase of [option.label, option.labelEn, ...option.keywords]) {
    if (phrase === undefined || !containsPhrase(text, phrase)) continue;
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= words.length; i += 1) {
      if (parts.every((part, j) => words[i + j] === part)) parts.forEach((_, j) => covered.add(i + j));
    }
  }
  return covered;
}

const within = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean => a.size < b.size && [...a].every((i) => b.has(i));

/**
 * Finds the option a resident meant: by number ("2"), by value, by label or by a keyword, all
 * without diacritics. A partial match is refused when the reply carries a negation the option
 * does not ("không có giấy chứng sinh" is not "Giấy chứng sinh…"), and an option whose matched
 * words all lie inside another option's gives way to it ("bà ngoại" → relative, not "ba" → father).
 * Returns every remaining candidate so the caller can ask again when there is not exactly one.
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

  const words = text.split(' ');
  const negated = words.some((word) => NEGATIONS.has(word));
  const found: { option: Option; covered: Set<number> }[] = [];
  for (const option of options) {
    const entry = folded(option);
    const covered = coverage(words, text, entry);
    const negationCovered = [...covered].some((i) => NEGATIONS.has(words[i] ?? ''));
    if (covered.size > 0 && !(negated && !entry.labelNegated && !negationCovered)) found.push({ option, covered });
  }
  if (found.length > 0) return found.filter((f) => !found.some((g) => within(f.covered, g.covered))).map((f) => f.option);
  // The reply is a fragment of a label ("chứng sinh"): fine when only one label has it.
  return options.filter((o) => containsPhrase(folded(o).label, text) || containsPhrase(folded(o).labelEn ?? '', text));
}
