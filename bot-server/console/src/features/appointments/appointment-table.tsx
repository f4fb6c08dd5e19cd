/**
 * A day's appointments by time: who (masked), for what, how they booked and where each stands.
 * Cancelled and moved ones stay listed, muted, with their state in words.
 */
import { Link } from 'react-router-dom';
import type { DayListResponse } from '../../../../../shared/api/appointment-api-schemas';
import { formatDateTime } from '../../lib/format-time';
import { appointmentStatusText, bookingChannelLabel } from './appointment-status-text';

export function AppointmentTable({ items, caption }: { items: DayListResponse['items']; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Giờ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Người dân</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Kênh đặt</th>
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Đặt lúc</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.status === 'booked' ? undefined : 'row--inactive'}>
              <th scope="row" className="nowrap">
                {item.startTime}–{item.endTime}
              </th>
              <td>{item.procedureName ?? item.procedureId}</td>
              <td>Zalo {item.userIdMasked}</td>
              <td>{appointmentStatusText(item)}</td>
              <td>{bookingChannelLabel(item.channel)}</td>
              <td>{item.filingReference ? <Link to={`/filings/${item.filingReference}`}>{item.filingReference}</Link> : <span className="muted">Không có</span>}</td>
              <td>{formatDateTime(item.bookedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
