/**
 * The one tokenizer used for both the index and queries, so both sides agree on folding,
 * shorthand and filler. It emits meaningful syllables plus adjacent pairs joined without a space
 * ("khai sinh" → khai, sinh, khaisinh): Vietnamese words are mostly two syllables, pairs rank
 * "khai tử" apart from "khai sinh", and a pair is long enough for fuzzy matching to forgive a
 * one-letter slip ("tam chu" → "tamtru") that a three-letter syllable cannot.
 */
import { foldForMatch } from '../text/fold-vietnamese';
import { expandShorthand } from '../text/expand-shorthand';
import { dropFillerPhrases } from './drop-filler-phrases';
import { processSearchTerm } from './process-search-term';

// Procedure codes ("1.001193") would otherwise split at the dot.
const PROCEDURE_CODE = /(\d)\.(\d{6})\b/g;
// Punctuation that ends a phrase; pairs never span it ("khai sinh, thường trú").
const PHRASE_BREAK = /[\n,;:.!?()[\]|/+]+/;

/** Splits text into search terms: meaningful syllables and adjacent pairs within each phrase. */
export function tokenizeForSearch(text: string): string[] {
  const terms: string[] = [];
  for (const phrase of text.replace(PROCEDURE_CODE, '$1$2').split(PHRASE_BREAK)) {
    const words = dropFillerPhrases(expandShorthand(foldForMatch(phrase)))
      .split(' ')
      .map(processSearchTerm)
      .filter((word): word is string => word !== null);
    // Each word is followed by the pair it ends, so a query's last two terms are its last word and
    // last pair: the ones that may be unfinished.
    words.forEach((word, i) => {
      terms.push(word);
      if (i > 0) terms.push(`${words[i - 1]}${word}`);
    });
  }
  return terms;
}
