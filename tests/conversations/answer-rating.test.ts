import { describe, expect, it } from 'vitest';
import { answerRating } from '../../shared/conversation/answer-rating';
import { initialConversation } from '../../shared/conversation/converse';

const waiting = { ...initialConversation(), awaiting: 'rating' as const };

describe('the rating asked for after an official helped', () => {
  it.each([
    ['5', 5],
    ['  4 ', 4],
    ['5 sao', 5],
    ['3 điểm', 3],
    ['4/5', 4],
    ['⭐⭐⭐', 3],
  ])('takes "%s" as %i, thanks the resident and stops waiting', (text, score) => {
    const turn = answerRating(waiting, text);
    expect(turn?.effects).toEqual([{ type: 'rateHandoff', score }]);
    expect(turn?.state.awaiting).toBeUndefined();
    expect(turn?.replies[0]).toContain('Cảm ơn bạn đã đánh giá');
  });

  it.each(['6', '0', 'menu', 'khai sinh', '12', 'tôi cho 5 nhưng còn chậm'])('leaves "%s" to the usual handling', (text) => {
    expect(answerRating(waiting, text)).toBeUndefined();
  });
});
