/** The papers to bring and the fee, as two titled sections: the same on the result, receipt and filing screens. */
import type { DocumentView, FeeAssessment } from '../../../shared/engine/assessment-types';
import { useLanguage } from '../i18n/language-context';
import type { MessageKey } from '../i18n/messages';
import { DocumentList } from './document-list';
import { FeeSummary } from './fee-summary';

export function PapersAndFee({ documents, fee, idPrefix, documentsTitle = 'bringDocuments' }: { documents: DocumentView[]; fee: FeeAssessment; idPrefix: string; documentsTitle?: MessageKey }) {
  const { t } = useLanguage();
  return (
    <>
      <section className="section" aria-labelledby={`${idPrefix}-documents`}>
        <h2 id={`${idPrefix}-documents`} className="section-title">{t(documentsTitle)}</h2>
        <DocumentList documents={documents} />
      </section>
      <section className="section" aria-labelledby={`${idPrefix}-fee`}>
        <h2 id={`${idPrefix}-fee`} className="section-title">{t('feeHeading')}</h2>
        <FeeSummary fee={fee} />
      </section>
    </>
  );
}
