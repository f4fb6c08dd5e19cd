/** "Đổi giờ": another time for one of my appointments; the old one stays until the new one is taken. */
import { useNavigate, useParams } from 'zmp-ui';
import { PageShell } from '../../components/page-shell';
import { ResourceView } from '../../components/resource-view';
import { useNotify } from '../../hooks/use-notify';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { formatIsoDate } from '../../lib/format-date';
import { listMyAppointments, moveAppointment, type FreeSlot } from './appointments-api';
import { SlotPicker } from './slot-picker';
import { dayLabel } from './day-label';

export default function MoveAppointmentPage() {
  const { id = '' } = useParams();
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const notify = useNotify();
  const mine = useResource('appointments', (signal) => listMyAppointments(signal));

  const move = async (slot: FreeSlot) => {
    const moved = await moveAppointment(Number(id), slot.id);
    notify(t('moved', { time: moved.startTime, date: formatIsoDate(moved.date) }));
    navigate('/appointments', { replace: true });
  };

  return (
    <PageShell title={t('moveAppointment')}>
      <ResourceView resource={mine} lines={3}>
        {(items) => {
          const current = items.find((item) => String(item.id) === id && item.status === 'booked');
          if (!current) return <p>{t('appointmentsEmpty')}</p>;
          return (
            <>
              <p className="item-title">{loc(current.procedureName)}</p>
              <p className="item-meta">{t('appointmentAt', { start: current.startTime, end: current.endTime, day: dayLabel(current.date, t) })}</p>
              <SlotPicker procedureId={current.procedureId} procedureName={loc(current.procedureName)} confirmLabel={t('confirmMove')} onConfirm={move} />
            </>
          );
        }}
      </ResourceView>
    </PageShell>
  );
}
