/** Papers and fee, side by side on a desktop: what the resident brings and pays. */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';
import { DocumentList } from './document-list';
import { FeeSummary } from './fee-summary';

export function PapersAndFee({ filing }: { filing: FilingPageResponse['filing'] }) {
  return (
    <div className="detail-block papers-and-fee">
      <section aria-labelledby="papers-title">
        <h2 id="papers-title">Giấy tờ</h2>
        <DocumentList documents={filing.documents} />
      </section>
      <section aria-labelledby="fee-title">
        <h2 id="fee-title">Lệ phí</h2>
        <FeeSummary fee={filing.fee} />
      </section>
    </div>
  );
}
