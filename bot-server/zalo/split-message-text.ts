/** Zalo rejects consultation texts over 2,000 characters (reference/zalo-platform.md §2). */
export const ZALO_TEXT_LIMIT = 2000;

// Preferred break points, best first. A break is only taken if it keeps a part at least half
// full, so a stray early newline does not produce a tiny message.
const BREAKS: { pattern: RegExp; after: boolean }[] = [
  { pattern: /\n[ \t]*\n/g, after: false }, // paragraph
  { pattern: /\n/g, after: false }, // line
  { pattern: /[.!?…]+["”')\]]*(?=\s)/g, after: true }, // sentence end, punctuation kept
  { pattern: /\s/g, after: false }, // word
];

/**
 * Splits a text into ordered parts of at most `limit` UTF-16 units, on paragraph, line,
 * sentence or word boundaries, never mid-word (only a single "word" longer than the limit, such
 * as a huge URL, is cut hard, and never inside a surrogate pair). Parts are trimmed; blank
 * input gives no parts.
 */
export function splitMessageText(text: string, limit: number = ZALO_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    const part = rest.slice(0, cut).trimEnd();
    if (part !== '') parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

function cutPoint(text: string, limit: number): number {
  // One extra character: a space right after the limit still allows cutting exactly at the limit.
  const window = text.slice(0, limit + 1);
  let fallback = 0;
  for (const { pattern, after } of BREAKS) {
    const cut = lastBreak(window, pattern, after, limit);
    if (cut >= limit / 2) return cut;
    fallback = Math.max(fallback, cut);
  }
  if (fallback > 0) return fallback;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function lastBreak(window: string, pattern: RegExp, after: boolean, limit: number): number {
  let best = 0;
  for (const match of window.matchAll(pattern)) {
    const cut = after ? match.index + match[0].length : match.index;
    if (cut <= limit) best = cut;
  }
  return best;
}
