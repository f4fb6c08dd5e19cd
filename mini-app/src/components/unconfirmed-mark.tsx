import { useLanguage } from '../i18n/language-context';

/** Shown beside any fact that rests on unconfirmed source data. */
export function UnconfirmedMark() {
  const { t } = useLanguage();
  return (
    <span className="unconfirmed">
      <span aria-hidden="true">⚠ </span>
      {t('unconfirmed')}
    </span>
  );
}
