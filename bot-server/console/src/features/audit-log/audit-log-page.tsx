/** "Nhật ký hoạt động" (admins and supervisors): who did what and when, newest first, as a table. */
import { useQuery } from '@tanstack/react-query';
import { AUDIT_LOG_LIMIT, auditLogQuery } from '../../api/audit-log-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { formatDateTime } from '../../lib/format-time';
import { auditActionLabel, auditSubjectLabel } from './audit-action-label';
import { auditDetailText } from './audit-detail-text';
import './audit-log.css';

export function AuditLogPage() {
  useDocumentTitle('Nhật ký hoạt động');
  const log = useQuery(auditLogQuery);
  return (
    <>
      <h1>Nhật ký hoạt động</h1>
      <p className="muted">Ai đã làm gì trong bàn làm việc, mới nhất trước ({AUDIT_LOG_LIMIT} mục gần nhất).</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => void log.refetch()} disabled={log.isFetching}>
          {log.isFetching && log.data ? 'Đang tải lại…' : 'Tải lại'}
        </button>
      </p>
      {!log.data || log.isError ? <QueryState error={log.error} loadingText="Đang tải nhật ký…" onRetry={() => void log.refetch()} /> : null}
      {log.data?.items.length === 0 ? <p className="empty-note">Nhật ký chưa có mục nào.</p> : null}
      {log.data && log.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Nhật ký hoạt động, mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Việc</th>
                <th scope="col">Đối tượng</th>
                <th scope="col">Chi tiết</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.username ?? 'Chưa đăng nhập'}</td>
                  <td>{auditActionLabel(entry.action)}</td>
                  <td>{auditSubjectLabel(entry.subjectType, entry.subjectId)}</td>
                  <td className="audit-detail">{auditDetailText(entry.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
