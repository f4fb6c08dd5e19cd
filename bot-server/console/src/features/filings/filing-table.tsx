/**
 * The queue as a table, in the server's order (overdue first, then the nearest due date). Each
 * reference opens the filing; the list's filters travel along so "back to the list" keeps them.
 */
import { Link } from 'react-router-dom';
import type { FilingQueueItem } from '../../../../../shared/api/console-filing-schemas';
import { filingStatusLabel } from '../../lib/filing-status-label';
import { formatDateTime } from '../../lib/format-time';
import { channelLabel } from './channel-label';
import { FilingDeadline } from './filing-deadline';

export function FilingTable({ items, listSearch }: { items: FilingQueueItem[]; listSearch: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Danh sách hồ sơ: quá hạn trước, sau đó theo hạn giải quyết gần nhất</caption>
        <thead>
          <tr>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Hạn giải quyết</th>
            <th scope="col">Tiếp nhận</th>
            <th scope="col">Kênh nộp</th>
            <th scope="col">Người dân</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.reference} className={item.overdue ? 'row--overdue' : undefined}>
              <th scope="row">
                <Link to={`/filings/${item.reference}`} state={{ listSearch }} className="reference-link">
                  {item.reference}
                </Link>
              </th>
              <td>{item.procedureName.vi}</td>
              <td>{filingStatusLabel(item.status)}</td>
              <td>
                <FilingDeadline item={item} />
              </td>
              <td>{formatDateTime(item.receivedAt)}</td>
              <td>{channelLabel(item.channel)}</td>
              <td>Zalo {item.userIdMasked}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
