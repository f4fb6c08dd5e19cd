import { useLanguage } from '../../i18n/language-context';

/** The search field; the server understands text without diacritics and shorthand (dk, ko, cccd). */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useLanguage();
  return (
    <form className="field" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="procedure-search" className="field-label">
        {t('searchLabel')}
      </label>
      <p id="procedure-search-hint" className="field-hint">
        {t('searchHint')}
      </p>
      <input
        id="procedure-search"
        className="input"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        value={value}
        placeholder={t('searchPlaceholder')}
        aria-describedby="procedure-search-hint"
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
}
