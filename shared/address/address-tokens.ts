import { foldDiacritics, foldForMatch, normalizeText } from '../text/fold-vietnamese';

/** One matchable word of an address with where it sits in the (normalised) original text. */
export interface AddressToken {
  /** Folded, lower case, numbers without leading zeros: "Phường 05" → "phuong", "5". */
  key: string;
  start: number;
  end: number;
}

/**
 * Split an address into folded words, remembering character positions so that what is left
 * after matching can be shown back exactly as typed. Folding is done per character, so positions
 * in the folded words line up with the original. "P12" / "Q.1" split into marker and number.
 */
export function tokenizeAddress(input: string): { text: string; tokens: AddressToken[] } {
  const text = normalizeText(input);
  const tokens: AddressToken[] = [];
  let key = '';
  let start = 0;
  const flush = (end: number): void => {
    if (key !== '') tokens.push(...splitMarkerNumber({ key, start, end }));
    key = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const folded = foldDiacritics(text.charAt(i)).toLowerCase();
    if (/^[a-z0-9]$/.test(folded)) {
      if (key === '') start = i;
      key += folded;
    } else {
      flush(i);
    }
  }
  flush(text.length);
  return { text, tokens };
}

/** Fold an official name the same way as typed words: "Phường 05" → "phuong 5". */
export function foldName(name: string): string {
  return foldForMatch(name).replace(/\b0+(?=\d)/g, '');
}

function splitMarkerNumber(token: AddressToken): AddressToken[] {
  const glued = /^(p|q|f|x)(\d+)$/.exec(token.key);
  const number = glued?.[2];
  if (glued && number !== undefined) {
    const split = token.start + 1;
    return [
      { key: glued[1] === 'f' ? 'p' : (glued[1] ?? ''), start: token.start, end: split },
      { key: stripZeros(number), start: split, end: token.end },
    ];
  }
  return [{ ...token, key: /^\d+$/.test(token.key) ? stripZeros(token.key) : token.key }];
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}
