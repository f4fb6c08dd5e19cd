/**
 * "Hồ sơ": the filings work queue with its filters (kept in the address), a page at a time. The
 * list refetches when the server signals a change to filings, and every 30 seconds as a fallback.
 * Volunteers see only the filings they helped residents make (the server filters).
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { filingQueueQuery } from '../../api/filing-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { FilingFilterForm } from './filing-filter-form';
import { FilingTable } from './filing-table';
import { useFilingFilters } from './use-filing-filters';
import './filings.css';

export function FilingListPage() {
  useDocumentTitle('Hồ sơ');
  const { role } = useSignedInStaff();
  const { filters, search, apply } = useFilingFilters();
  const list = useInfiniteQuery(filingQueueQuery(search));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total;

  return (
    <>
      <h1>Hồ sơ</h1>
      {role === 'volunteer' ? <p className="muted">Danh sách gồm các hồ sơ bạn đã hỗ trợ người dân nộp tại Bộ phận Một cửa.</p> : null}
      <FilingFilterForm filters={filters} search={search} onApply={apply} />
      <section className="filing-results" aria-labelledby="filing-results-title">
        <h2 id="filing-results-title">Kết quả</h2>
        {!list.data || list.isError ? <QueryState error={list.error} loadingText="Đang tải danh sách hồ sơ…" onRetry={() => void list.refetch()} /> : null}
        {total !== undefined ? (
          <p role="status">{total === 0 ? 'Không có hồ sơ nào khớp với bộ lọc.' : `Đang hiện ${items.length} trên tổng số ${total} hồ sơ.`}</p>
        ) : null}
        {items.length > 0 ? <FilingTable items={items} listSearch={search} /> : null}
        {list.hasNextPage ? (
          <button type="button" className="button button--secondary more-button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? 'Đang tải thêm…' : 'Xem thêm'}
          </button>
        ) : null}
      </section>
    </>
  );
}
