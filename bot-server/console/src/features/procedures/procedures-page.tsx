/**
 * "Thủ tục" (every role): the procedures and their versions, which one residents get now, and who
 * published which. A content editor adds a new version as a draft file; an admin publishes it here.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { consoleProceduresQuery } from '../../api/procedures-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { vietnamToday } from '../../lib/vietnam-today';
import { ProcedureTable } from './procedure-table';
import './procedures.css';

export function ProceduresPage() {
  useDocumentTitle('Thủ tục');
  const procedures = useQuery(consoleProceduresQuery);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // After publishing, the dialog has gone: the official's attention goes to what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <>
      <h1>Thủ tục</h1>
      <p className="muted">Người dân chỉ dùng phiên bản đã xuất bản và đang có hiệu lực. Phiên bản mới được thêm dưới dạng bản nháp, và chỉ đến với người dân khi quản trị viên xuất bản.</p>
      {notice ? (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      ) : null}
      {!procedures.data || procedures.isError ? <QueryState error={procedures.error} loadingText="Đang tải danh sách thủ tục…" onRetry={() => void procedures.refetch()} /> : null}
      {procedures.data ? <ProcedureTable procedures={procedures.data.items} today={vietnamToday()} onPublished={setNotice} /> : null}
    </>
  );
}
