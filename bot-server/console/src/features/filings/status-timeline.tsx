/** Every status the filing went through, oldest first, with the official's reason and what the resident was told to do. */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';
import { filingStatusLabel } from '../../lib/filing-status-label';
import { formatDateTime } from '../../lib/format-time';

export function StatusTimeline({ timeline }: { timeline: FilingPageResponse['timeline'] }) {
  return (
    <section className="detail-block" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Tiến trình hồ sơ</h2>
      <ol className="timeline">
        {timeline.map((entry, index) => (
          <li key={`${entry.status}-${entry.at}`} className="timeline__entry" aria-current={index === timeline.length - 1 ? 'step' : undefined}>
            <p className="timeline__title">
              <strong>{filingStatusLabel(entry.status)}</strong> · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {index === timeline.length - 1 ? <span className="muted"> (hiện tại)</span> : null}
            </p>
            {entry.note ? <p className="timeline__note">Lý do: {entry.note}</p> : null}
            <p className="timeline__next">Người dân được hướng dẫn: {entry.next.vi}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
