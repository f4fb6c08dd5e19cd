import { foldForMatch } from '../text/fold-vietnamese';
import { isFillerWord } from './is-filler-word';

// ký/kí, lý/lí, mỹ/mĩ, quý/quí… are spelling variants of one syllable.
const Y_VARIANT = /^(qu|[klmsth])y$/;
const PLAIN = /^[a-z0-9]+$/;

/**
 * MiniSearch `processTerm` for index and queries: folds diacritics (đ → d, hoà = hòa), lower-cases,
 * spells ký/kí one way, and drops filler words (null). Idempotent, so it is safe to run on terms
 * the tokenizer already produced.
 */
export function processSearchTerm(term: string): string | null {
  // Most terms arrive already folded from the tokenizer; skip the Unicode work for them.
  const folded = PLAIN.test(term) ? term : foldForMatch(term).replace(/ /g, '');
  if (folded.length === 0 || isFillerWord(folded)) return null;
  return Y_VARIANT.test(folded) ? `${folded.slice(0, -1)}i` : folded;
}
