/** Published slots, by day and time: which procedures, how many booked of how many places, and whether cancelled. */
import { useQuery } from '@tanstack/react-query';
import type { AppointmentSlot } from '../../../../../shared/api/appointment-api-schemas';
import { consoleProceduresQuery } from '../../api/procedures-api';
import { formatDateTime } from '../../lib/format-time';
import { dayWithWeekday } from '../../lib/weekday-name';
import { CancelSlotAction } from './cancel-slot-action';

function placesText(slot: AppointmentSlot): string {
  if (slot.cancelledAt) return `Đã hủy lúc ${formatDateTime(slot.cancelledAt)}`;
  const free = slot.capacity - slot.booked;
  return free > 0 ? `Còn ${free} chỗ` : 'Đã kín chỗ';
}

export function SlotTable({ slots, onCancelled }: { slots: AppointmentSlot[]; onCancelled: (notice: string) => void }) {
  const names = useQuery({ ...consoleProceduresQuery, select: (list) => new Map(list.items.map((procedure) => [procedure.id, procedure.name])) });
  const proceduresText = (ids: string[] | null) => (ids === null ? 'Mọi thủ tục cần đến trực tiếp' : ids.map((id) => names.data?.get(id) ?? id).join(', '));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Các khung giờ hẹn đã mở, theo ngày và giờ</caption>
        <thead>
          <tr>
            <th scope="col">Ngày</th>
            <th scope="col">Giờ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Đã đặt</th>
            <th scope="col">Tình trạng</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {slots.map((slot) => (
            <tr key={slot.id} className={slot.cancelledAt ? 'row--inactive' : undefined}>
              <td className="nowrap">{dayWithWeekday(slot.date)}</td>
              <th scope="row" className="nowrap">
                {slot.startTime}–{slot.endTime}
              </th>
              <td>{proceduresText(slot.procedureIds)}</td>
              <td className="number">
                {slot.booked}/{slot.capacity}
              </td>
              <td>{placesText(slot)}</td>
              <td>{slot.cancelledAt ? null : <CancelSlotAction slot={slot} onCancelled={onCancelled} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
