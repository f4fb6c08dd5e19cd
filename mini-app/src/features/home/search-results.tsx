import { listProcedures } from '../../api/procedures-api';
import { ResourceView } from '../../components/resource-view';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { ProcedureLinks } from './procedure-links';

/** Results for what the resident typed, once they pause typing (300 ms). */
export function SearchResults({ query }: { query: string }) {
  const { t } = useLanguage();
  const settled = useDebouncedValue(query, 300);
  const results = useResource(`search:${settled}`, (signal) => listProcedures(settled, signal));
  return (
    <section className="section" aria-labelledby="search-heading" aria-busy={results.state.status === 'loading'}>
      <h2 id="search-heading" className="section-title">
        {t('searchResults')}
      </h2>
      <ResourceView resource={results} lines={2}>
        {(items) => (items.length === 0 ? <p role="status">{t('searchNone')}</p> : <ProcedureLinks procedures={items} />)}
      </ResourceView>
    </section>
  );
}
