/**
 * "Nộp hộ": start helping a resident file, and follow the filings prepared so far. The list
 * refetches when a resident answers in the chat (a live `filings` event), so a reference appears
 * as soon as they confirm. Volunteers see only their own; officials see every one.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { assistedFilingsQuery } from '../../api/assisted-filings-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { AssistedFilingTable } from './assisted-filing-table';
import './assisted-filing.css';

export function AssistedFilingListPage() {
  useDocumentTitle('Nộp hộ');
  const volunteer = useSignedInStaff().role === 'volunteer';
  const list = useQuery(assistedFilingsQuery);
  const title = volunteer ? 'Hồ sơ tôi đã giúp' : 'Hồ sơ đã giúp người dân chuẩn bị';
  return (
    <>
      <h1>Nộp hộ</h1>
      <p>Giúp người dân chuẩn bị hồ sơ ngay tại Bộ phận Một cửa: bạn nhập câu trả lời, người dân nhận tin nhắn trên Zalo và trả lời 1 để xác nhận nộp.</p>
      <p>
        <Link to="/assisted-filings/new" className="button">
          Giúp người dân nộp hồ sơ
        </Link>
      </p>
      <section aria-labelledby="assisted-list-title">
        <h2 id="assisted-list-title">{title}</h2>
        {!list.data || list.isError ? <QueryState error={list.error} loadingText="Đang tải danh sách…" onRetry={() => void list.refetch()} /> : null}
        {list.data?.items.length === 0 ? <p className="empty-note">Chưa có hồ sơ nào.</p> : null}
        {list.data && list.data.items.length > 0 ? <AssistedFilingTable items={list.data.items} caption={`${title}, mới nhất trước`} showHelper={!volunteer} /> : null}
      </section>
    </>
  );
}
