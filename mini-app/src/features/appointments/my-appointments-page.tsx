/** "Lịch hẹn của tôi": my appointments, latest first, each with what I can still do about it. */
import { useLocation } from 'zmp-ui';
import { PageShell } from '../../components/page-shell';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { listMyAppointments } from './appointments-api';
import { AppointmentCard } from './appointment-card';

export default function MyAppointmentsPage() {
  const { t } = useLanguage();
  // Keyed by the visit: coming back after a move shows the new time, even if the router kept this page.
  const { key } = useLocation();
  const appointments = useResource(`appointments:${key}`, (signal) => listMyAppointments(signal));
  return (
    <PageShell title={t('myAppointments')}>
      <ResourceView resource={appointments} lines={4}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('appointmentsEmpty')}</p>
          ) : (
            <ul className="item-list">
              {items.map((appointment) => (
                <AppointmentCard
                  key={appointment.id}
                  appointment={appointment}
                  onChanged={(next) => appointments.set(items.map((item) => (item.id === next.id ? next : item)))}
                />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </PageShell>
  );
}
