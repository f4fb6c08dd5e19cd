import { translate } from '../i18n/translate';
import { foldForMatch } from '../text/fold-vietnamese';
import type { ConversationState, TurnResult } from './conversation-types';

/** "5", "5 sao", "4/5", "⭐⭐⭐⭐": a score from 1 to 5, or undefined when the message is something else. */
// Folded for matching, "4/5" reads "4 5" and "5*" reads "5".
function ratingIn(text: string): number | undefined {
  const stars = [...text.trim()].filter((char) => char === '⭐').length;
  if (stars >= 1 && stars <= 5 && text.trim().length === stars) return stars;
  const match = /^([1-5])( sao| diem| 5)?$/.exec(foldForMatch(text));
  return match ? Number(match[1]) : undefined;
}

/**
 * The message after an official's help was resolved: a 1–5 answer is recorded and thanked; any
 * other message is simply handled as usual (nobody is made to rate).
 */
export function answerRating(state: ConversationState, text: string): TurnResult | undefined {
  const score = ratingIn(text);
  if (score === undefined) return undefined;
  return { state: { ...state, awaiting: undefined }, replies: [translate('ratingThanks', state.lang)], effects: [{ type: 'rateHandoff', score }] };
}
