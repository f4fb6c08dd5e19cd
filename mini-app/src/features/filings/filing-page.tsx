/** One filing: reference and QR code, the status timeline with what to do at each step, the answers, and a rating once there is a result. */
import { useParams } from 'zmp-ui';
import type { FilingDetailResponse, FilingStatus } from '../../../../shared/api/mini-app-api-schemas';
import { FilingDates } from '../../components/filing-dates';
import { PapersAndFee } from '../../components/papers-and-fee';
import { PageShell } from '../../components/page-shell';
import { QrCode } from '../../components/qr-code';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { getFiling } from './filings-api';
import { RatingForm } from './rating-form';
import { StatusTimeline } from './status-timeline';

// A result exists (or the office refused): the resident can rate how it was handled.
const FINISHED: ReadonlySet<FilingStatus> = new Set(['approved', 'rejected', 'resultReady']);

function FilingView({ detail, onRated }: { detail: FilingDetailResponse; onRated: (rating: NonNullable<FilingDetailResponse['rating']>) => void }) {
  const { t, loc } = useLanguage();
  const { filing } = detail;
  return (
    <>
      <h1 className="page-title">{loc(filing.procedureName)}</h1>
      <p>{t('filingReference')}</p>
      <p className="reference">{filing.reference}</p>
      <QrCode value={filing.reference} label={t('qrAlt', { reference: filing.reference })} />
      <FilingDates receivedAt={filing.receivedAt} dueDate={filing.dueDate} />
      <StatusTimeline timeline={detail.timeline} />
      {FINISHED.has(filing.status) ? <RatingForm reference={filing.reference} rating={detail.rating} onRated={onRated} /> : null}
      <PapersAndFee documents={filing.documents} fee={filing.fee} idPrefix="filing" />
      <section className="section" aria-labelledby="filing-answers">
        <h2 id="filing-answers" className="section-title">{t('yourAnswers')}</h2>
        {filing.review.map((group) => (
          <div key={loc(group.title)} className="review-group">
            <h3 className="category-title">{loc(group.title)}</h3>
            <dl>
              {group.items.map((item) => (
                <div key={item.questionId} className="fact">
                  <dt>{loc(item.label)}</dt>
                  <dd>{loc(item.display)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </>
  );
}

export default function FilingPage() {
  const { reference = '' } = useParams();
  const filing = useResource(`filing:${reference}`, (signal) => getFiling(reference, signal));
  return (
    <PageShell>
      <ResourceView resource={filing} lines={6}>
        {(detail) => <FilingView detail={detail} onRated={(rating) => filing.set({ ...detail, rating })} />}
      </ResourceView>
    </PageShell>
  );
}
