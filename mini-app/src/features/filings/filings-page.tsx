/** "Hồ sơ của tôi": every filing, newest first, with its status and due date. */
import { useNavigate } from 'zmp-ui';
import { PageShell } from '../../components/page-shell';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { formatInstantDate, formatIsoDate } from '../../lib/format-date';
import { listFilings } from './filings-api';
import { filingStatusText } from '../../../../shared/filing/filing-status-text';

export default function FilingsPage() {
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const filings = useResource('filings', (signal) => listFilings(signal));
  return (
    <PageShell title={t('myFilings')}>
      <ResourceView resource={filings} lines={4}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('filingsEmpty')}</p>
          ) : (
            <ul className="item-list">
              {items.map((filing) => (
                <li key={filing.reference}>
                  <button type="button" className="link-card" onClick={() => navigate(`/filings/${filing.reference}`)}>
                    <span className="item-title">{loc(filing.procedureName)}</span>
                    <span className="item-meta">
                      {t('filingReference')}: {filing.reference} · {loc(filingStatusText(filing.status, 'miniApp').label)}
                    </span>
                    <span className="item-meta">
                      {t('filingReceived', { date: formatInstantDate(filing.receivedAt) })} · {t('dueDate')}: {formatIsoDate(filing.dueDate)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </PageShell>
  );
}
