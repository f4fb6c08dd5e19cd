/** The resident's rating of how the filing was handled, once they gave one. */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';

export function ResidentRating({ rating }: { rating: FilingPageResponse['rating'] }) {
  if (!rating) return null;
  return (
    <section className="detail-block" aria-labelledby="rating-title">
      <h2 id="rating-title">Đánh giá của người dân</h2>
      <p>
        <strong>{rating.score}/5</strong> điểm
      </p>
      {rating.comment ? <p className="message__text">Nhận xét: {rating.comment}</p> : null}
    </section>
  );
}
