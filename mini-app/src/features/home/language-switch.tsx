import { useLanguage } from '../../i18n/language-context';

export function LanguageSwitch() {
  const { t, lang, setLang } = useLanguage();
  return (
    <button type="button" className="chip" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} aria-label={t('switchLanguageLabel')} lang={lang === 'vi' ? 'en' : 'vi'}>
      {t('switchLanguage')}
    </button>
  );
}
