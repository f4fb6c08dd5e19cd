/**
 * "Lịch hẹn" (officials, supervisors, admins): the appointments of one day, today by default, by
 * time. The list refetches when a resident books, moves or cancels (a live `appointments` event),
 * and every 30 seconds as a fallback.
 */
import { useQuery } from '@tanstack/react-query';
import { appointmentDayQuery } from '../../api/appointments-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { dayWithWeekday } from '../../lib/weekday-name';
import { AppointmentTable } from './appointment-table';
import { AppointmentTabs } from './appointment-tabs';
import { DayPicker } from './day-picker';
import { useAppointmentDate } from './use-appointment-date';
import './appointments.css';

function countText(items: { status: string }[]): string {
  if (items.length === 0) return 'Chưa có lịch hẹn nào trong ngày này.';
  const booked = items.filter((item) => item.status === 'booked').length;
  const other = items.length - booked;
  return `${booked} lịch hẹn đang giữ chỗ${other > 0 ? `, ${other} lịch hẹn đã hủy hoặc đã đổi giờ` : ''}.`;
}

export function AppointmentDayPage() {
  useDocumentTitle('Lịch hẹn');
  const { date, today, show } = useAppointmentDate();
  const day = useQuery(appointmentDayQuery(date));
  const dayName = `${dayWithWeekday(date)}${date === today ? ' (hôm nay)' : ''}`;
  return (
    <>
      <h1>Lịch hẹn</h1>
      <AppointmentTabs />
      <DayPicker date={date} today={today} onChange={show} />
      <section aria-labelledby="day-title">
        <h2 id="day-title">Lịch hẹn {dayName}</h2>
        {!day.data || day.isError ? <QueryState error={day.error} loadingText="Đang tải lịch hẹn…" onRetry={() => void day.refetch()} /> : null}
        {day.data ? <p role="status">{countText(day.data.items)}</p> : null}
        {day.data && day.data.items.length > 0 ? <AppointmentTable items={day.data.items} caption={`Lịch hẹn ${dayName}, theo giờ`} /> : null}
      </section>
    </>
  );
}
