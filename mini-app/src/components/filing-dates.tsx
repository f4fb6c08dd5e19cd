/** When a filing was received and when its result is due. */
import { useLanguage } from '../i18n/language-context';
import { formatInstant, formatIsoDate } from '../lib/format-date';

export function FilingDates({ receivedAt, dueDate }: { receivedAt: string; dueDate: string }) {
  const { t } = useLanguage();
  return (
    <dl className="facts">
      <div className="fact">
        <dt>{t('receivedAt')}</dt>
        <dd>{formatInstant(receivedAt)}</dd>
      </div>
      <div className="fact">
        <dt>{t('dueDate')}</dt>
        <dd>{formatIsoDate(dueDate)}</dd>
      </div>
    </dl>
  );
}
