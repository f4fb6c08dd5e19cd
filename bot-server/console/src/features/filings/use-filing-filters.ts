/** The list's filters as the address holds them, and a way to change them (a new history entry, so Back undoes a filter). */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filtersFromSearch, searchOfFilters, type FilingFilters } from './filing-filters';

export function useFilingFilters(): { filters: FilingFilters; search: string; apply: (next: FilingFilters) => void } {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  return { filters, search: searchOfFilters(filters).toString(), apply: (next) => setParams(searchOfFilters(next)) };
}
