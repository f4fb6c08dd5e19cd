/**
 * What residents typed that the bot could not place, most frequent first. The same words with or
 * without accents, capitals or punctuation count as one phrasing, shown in the form typed most
 * often (on a tie, the one with accents: easier for an editor to read). Texts are masked again on
 * the way out, in case a row predates masking at storage time.
 */
import { foldForMatch } from '../../../shared/text/fold-vietnamese';
import { scrubText } from '../../app/scrub-personal-data';

interface Phrasing {
  text: string;
  count: number;
}

const accents = (text: string): number => [...text.normalize('NFC')].filter((char) => char > '\u007f').length;

/** Whether `candidate` should be shown rather than `shown` for the same phrasing. */
const preferred = (candidate: Phrasing, shown: Phrasing): boolean =>
  candidate.count !== shown.count ? candidate.count > shown.count : accents(candidate.text) !== accents(shown.text) ? accents(candidate.text) > accents(shown.text) : candidate.text < shown.text;

export function topUnplacedPhrasings(counts: readonly Phrasing[], limit: number): Phrasing[] {
  const groups = new Map<string, { total: number; shown: Phrasing }>();
  for (const { text, count } of counts) {
    const form = { text: scrubText(text.trim()), count };
    const key = foldForMatch(form.text);
    const group = groups.get(key);
    if (!group) groups.set(key, { total: count, shown: form });
    else {
      group.total += count;
      if (preferred(form, group.shown)) group.shown = form;
    }
  }
  return [...groups.values()]
    .map(({ total, shown }) => ({ text: shown.text, count: total }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'vi'))
    .slice(0, limit);
}
