import type { FilingDetailResponse } from '../../../../shared/api/mini-app-api-schemas';
import { useLanguage } from '../../i18n/language-context';
import { formatInstant } from '../../lib/format-date';
import { filingStatusText } from '../../../../shared/filing/filing-status-text';

/** Each status the filing went through, oldest first, with the office's note and what to do next. */
export function StatusTimeline({ timeline }: { timeline: FilingDetailResponse['timeline'] }) {
  const { t, loc } = useLanguage();
  return (
    <section className="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section-title">{t('timeline')}</h2>
      <ol className="timeline">
        {timeline.map((entry, index) => (
          <li key={`${entry.status}-${entry.at}`} aria-current={index === timeline.length - 1 ? 'step' : undefined}>
            <p className="item-title">{loc(filingStatusText(entry.status, 'miniApp').label)}</p>
            <p className="item-meta">{formatInstant(entry.at)}</p>
            {entry.note ? <p>{entry.note}</p> : null}
            <p>
              <strong>{t('whatNext')}: </strong>
              {loc(entry.next)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
