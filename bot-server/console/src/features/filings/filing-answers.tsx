/**
 * The resident's answers exactly as their own "check your answers" page showed them (the server
 * sends that page's groups). Residents' words are text nodes only, never HTML.
 */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';

export function FilingAnswers({ review }: { review: FilingPageResponse['filing']['review'] }) {
  return (
    <section className="detail-block" aria-labelledby="answers-title">
      <h2 id="answers-title">Thông tin người dân đã khai</h2>
      {review.length === 0 ? <p className="empty-note">Hồ sơ này không có thông tin khai trực tuyến.</p> : null}
      {review.map((group) => (
        <div key={group.title.vi} className="review-group">
          <h3>{group.title.vi}</h3>
          <dl className="answers">
            {group.items.map((item) => (
              <div key={item.questionId} className="answers__row">
                <dt>{item.label.vi}</dt>
                <dd>{item.display.vi}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
