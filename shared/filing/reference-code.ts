/**
 * Filing reference codes (mã hồ sơ) residents read aloud and type back: 8 symbols from an
 * alphabet without 0/O, 1/I/L or U, plus a Luhn mod-N check symbol, shown as XXXX-XXXX-C.
 * The check symbol catches every single mistyped symbol and most swapped neighbours.
 * Randomness is injected so this stays pure.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
const BODY_LENGTH = 8;

function checkSymbol(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    let addend = factor * ALPHABET.indexOf(body[i] as string);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return ALPHABET[(N - (sum % N)) % N] as string;
}

/** A new code from `randomInt(n)` → integer in [0, n). */
export function generateReferenceCode(randomInt: (n: number) => number): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i += 1) body += ALPHABET[randomInt(N)];
  return formatReferenceCode(body + checkSymbol(body));
}

function formatReferenceCode(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

export type ReferenceCodeCheck = { status: 'valid'; code: string } | { status: 'mistyped' } | { status: 'notACode' };

/**
 * Reads what a resident typed ("abcd efgh k", "5GHB-4875-3"): `valid` with the canonical form,
 * `mistyped` when it has the right shape but the check symbol disagrees, else `notACode`.
 */
export function checkReferenceCode(input: string): ReferenceCodeCheck {
  const compact = input.toUpperCase().replace(/[\s\-.]/g, '');
  if (compact.length !== BODY_LENGTH + 1) return { status: 'notACode' };
  if (![...compact].every((ch) => ALPHABET.includes(ch))) {
    // Confusable symbols typed by hand (O for 0, I for 1) still mean the resident tried a code.
    return /^[0-9A-Z]+$/.test(compact) ? { status: 'mistyped' } : { status: 'notACode' };
  }
  const body = compact.slice(0, BODY_LENGTH);
  return checkSymbol(body) === compact.slice(BODY_LENGTH) ? { status: 'valid', code: formatReferenceCode(compact) } : { status: 'mistyped' };
}
