/**
 * fast-check arbitraries for hostile input: odd Unicode (NFD Vietnamese, zero-width, RTL
 * overrides, emoji, NUL and lone surrogates), SQL/HTML/script payloads, huge strings, wrong types
 * and deep nesting, and JSON text that is not JSON.
 */
import fc from 'fast-check';

/** Snippets people and attackers really send. */
const PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE filings; --",
  '1; SELECT pg_sleep(5)--',
  '" UNION SELECT password_hash FROM staff_users --',
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '__proto__',
  'constructor',
  'Nguye\u0302\u0303n Thi\u0323 Hoa\u0300', // NFD: combining marks instead of precomposed letters
  'Ng\u200Buy\u200Cễn\u200D\uFEFF', // zero-width space, non-joiner, joiner, BOM
  '\u202Eníx ríd\u202C \u200Fمرحبا\u200E', // RTL override, RTL and LTR marks, Arabic
  '👩‍👩‍👧‍👦🇻🇳🏳️‍🌈',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\r\n\t\u0007\u001B[31m',
  'Ａ１２３',
  '٣٤٥', // Arabic-Indic digits
  '001190012345',
  '0912345678',
  'null',
  'true',
  '-1',
  '1e309',
  '9'.repeat(40),
] as const;

const oddCharacter = fc.constantFrom('\u0000', '\u200B', '\u202E', '\uFEFF', '\u0301', '\uD83D', '🇻🇳', 'đ', '\\', '"', "'", '<', '%', '\n');

/** A string worth sending anywhere a string goes. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(oddCharacter, fc.constantFrom(...PAYLOADS)), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS).chain((payload) => fc.integer({ min: 1_000, max: 20_000 }).map((n) => payload.repeat(Math.ceil(n / Math.max(1, payload.length))))) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Numbers and number-like strings that break integer columns and parsers. */
export const hostileNumber: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e21, -1e308, 5e-324),
  fc.integer(),
  fc.constantFrom('1e3', '0x10', ' 7', '7 ', '+7', '1_000', 'NaN', 'Infinity', '-0', '08', '2147483648', '99999999999999999999999'),
);

/** A JSON value nested `depth` deep: arrays of objects of arrays… */
function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Any JSON value, of the wrong type wherever a type is expected. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  fc.constantFrom(null, true, false, [], {}),
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.integer({ min: 50, max: 3_000 }).map((depth) => nested(depth)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}') as unknown),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
);

/** Text sent as application/json that is not JSON (or barely is). */
export const malformedJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '{', '}', '{"a":', '[1,2', '{"a":1,}', "{'a':1}", 'undefined', 'NaN', '{"a":01}', '\uFEFF{}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"a":1}{"b":2}', 'null', '"text"', '123', '[]'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
);

/** UTF-8 percent-encoding that never throws (lone surrogates become U+FFFD, as a browser sends them). */
export function encodeSegment(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** A path segment: hostile text encoded, or raw bytes a browser would never send. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map((text) => encodeSegment(text.slice(0, 2_000))) },
  { weight: 2, arbitrary: hostileNumber.map((n) => encodeSegment(String(n))) },
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '%2e%2e%2f', '..', '.', '%00', '%FF%FE', 'a%2Fb', '%25'),
);
