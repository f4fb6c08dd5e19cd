/** How the chat bot did: residents served alone or handed to an official, how fast officials answered, what it could not place. */
import { UNPLACED_TOP, type BotFigures } from '../../../shared/api/console-dashboard-schemas';
import { median, percent } from './summary-statistics';
import { topUnplacedPhrasings } from './unplaced-phrasings';

export interface BotFacts {
  conversations: { residents: number; handedOff: number };
  handoffs: readonly { opened_at: string; first_reply_at: string | null }[];
  unplaced: readonly { text: string; count: number }[];
}

export function botFigures({ conversations, handoffs, unplaced }: BotFacts): BotFigures {
  const { residents, handedOff } = conversations;
  const withoutHuman = residents - handedOff;
  const replyMinutes = handoffs.flatMap((h) => (h.first_reply_at === null ? [] : [Math.max(0, (Date.parse(h.first_reply_at) - Date.parse(h.opened_at)) / 60_000)]));
  return {
    conversations: residents,
    handedOff,
    withoutHuman,
    withoutHumanPercent: percent(withoutHuman, residents),
    handoffRatePercent: percent(handedOff, residents),
    handoffsOpened: handoffs.length,
    answeredHandoffs: replyMinutes.length,
    medianFirstReplyMinutes: median(replyMinutes),
    unplacedTotal: unplaced.reduce((sum, u) => sum + u.count, 0),
    unplacedTop: topUnplacedPhrasings(unplaced, UNPLACED_TOP),
  };
}
