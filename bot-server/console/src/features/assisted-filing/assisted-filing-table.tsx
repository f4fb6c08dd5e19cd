/**
 * Prepared filings, newest first: for whom (masked), what, when sent, and whether the resident
 * confirmed; once they have, the filing's reference opens it. Officials see who helped, too.
 */
import { Link } from 'react-router-dom';
import type { AssistedFilingItem } from '../../../../../shared/api/console-assisted-filing-schemas';
import { formatDateTime } from '../../lib/format-time';
import { assistedStatusText } from './assisted-status-text';

export function AssistedFilingTable({ items, caption, showHelper }: { items: AssistedFilingItem[]; caption: string; showHelper: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Gửi lúc</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Người dân</th>
            {showHelper ? <th scope="col">Người giúp</th> : null}
            <th scope="col">Tình trạng</th>
            <th scope="col">Mã hồ sơ</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
              </th>
              <td>{item.procedureName}</td>
              <td>Zalo {item.userIdMasked}</td>
              {showHelper ? <td>{item.assistedBy.displayName}</td> : null}
              <td>
                {assistedStatusText(item)}
                {item.status === 'pending' ? <span className="assisted-deadline">Hạn xác nhận: {formatDateTime(item.expiresAt)}</span> : null}
              </td>
              <td>
                {item.filingReference ? (
                  <Link to={`/filings/${item.filingReference}`} className="reference-link">
                    {item.filingReference}
                  </Link>
                ) : (
                  <span className="muted">Chưa có</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
