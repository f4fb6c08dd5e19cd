import type { AddressToken } from './address-tokens';

/** What a word before a name says the name is: "phường X" is a commune, "quận Y" a district. */
type MarkerKind = 'commune' | 'district' | 'city' | 'province';

/** "tp"/"thành phố" is a city, which was either a province or (before 2025) a district. */
const MARKERS = new Map<string, MarkerKind>([
  ['dac khu', 'commune'],
  ['thi tran', 'commune'],
  ['thi xa', 'district'],
  ['thanh pho', 'city'],
  ['phuong', 'commune'],
  ['xa', 'commune'],
  ['p', 'commune'],
  ['x', 'commune'],
  ['dk', 'commune'],
  ['tt', 'commune'],
  ['quan', 'district'],
  ['huyen', 'district'],
  ['q', 'district'],
  ['h', 'district'],
  ['tx', 'district'],
  ['tp', 'city'],
  ['tinh', 'province'],
]);

export interface NameMatch<T> {
  /** Token range of the name itself, end exclusive. */
  start: number;
  end: number;
  value: T;
  /** Set when the name is preceded by a marker of an accepted kind; `start` of the marker. */
  markerStart?: number;
}

export interface MatchRule {
  /** Markers that confirm the name is of the wanted kind. */
  accept: readonly MarkerKind[];
  /** Markers that say the name is something else ("quận Gò Vấp" is not "phường Gò Vấp"). */
  reject: readonly MarkerKind[];
}

/** The marker ending just before token `i`, preferring two-word markers ("thị xã" over "xã"). */
function markerBefore(tokens: readonly AddressToken[], i: number): { kind: MarkerKind; start: number } | undefined {
  const two = i >= 2 ? MARKERS.get(`${tokens[i - 2]?.key} ${tokens[i - 1]?.key}`) : undefined;
  if (two) return { kind: two, start: i - 2 };
  const one = i >= 1 ? MARKERS.get(tokens[i - 1]?.key ?? '') : undefined;
  return one ? { kind: one, start: i - 1 } : undefined;
}

/**
 * Every place where a known name occurs, longest first at each position. Names that are only a
 * number ("Phường 12", "Quận 1") count only after a marker, or house numbers would match.
 */
export function findNames<T>(
  tokens: readonly AddressToken[],
  maxWords: number,
  lookup: (key: string) => T | undefined,
  rule: MatchRule,
  blocked: ReadonlySet<number> = new Set(),
): NameMatch<T>[] {
  const matches: NameMatch<T>[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (let end = Math.min(tokens.length, start + maxWords); end > start; end -= 1) {
      if (rangeBlocked(blocked, start, end)) continue;
      const key = tokens.slice(start, end).map((token) => token.key).join(' ');
      const value = lookup(key);
      if (value === undefined) continue;
      const marker = markerBefore(tokens, start);
      const accepted = marker && rule.accept.includes(marker.kind) && !rangeBlocked(blocked, marker.start, start);
      if (marker && rule.reject.includes(marker.kind)) break;
      if (/^\d+$/.test(key) && !accepted) break;
      matches.push(accepted ? { start, end, value, markerStart: marker.start } : { start, end, value });
      break;
    }
  }
  return matches;
}

/** The best match: marked before unmarked, then the one nearest the end, then the longest. */
export function bestMatch<T>(matches: readonly NameMatch<T>[]): NameMatch<T> | undefined {
  const rank = (m: NameMatch<T>): [number, number, number] => [m.markerStart === undefined ? 0 : 1, m.end, -m.start];
  return [...matches].sort((a, b) => compare(rank(b), rank(a)))[0];
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function rangeBlocked(blocked: ReadonlySet<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (blocked.has(i)) return true;
  return false;
}

/** Token indexes covered by a match, including its marker. */
export function spanOf(match: NameMatch<unknown>): number[] {
  const from = match.markerStart ?? match.start;
  return Array.from({ length: match.end - from }, (_, k) => from + k);
}
