/** One of my appointments: when and what, its status, and "Đổi giờ" / "Hủy lịch" (behind a confirmation) while booked. */
import { useState } from 'react';
import { Button, useNavigate } from 'zmp-ui';
import type { ResidentAppointment } from '../../../../shared/api/appointment-api-schemas';
import { isApiError } from '../../api/api-error';
import { errorText } from '../../components/error-text';
import { useNotify } from '../../hooks/use-notify';
import { useLanguage } from '../../i18n/language-context';
import { cancelAppointment } from './appointments-api';
import { dayLabel } from './day-label';

/** Moved ones are not listed (their replacement is). */
const STATUS_TEXT = { booked: 'statusBooked', past: 'statusPast', cancelled: 'statusCancelled', moved: 'statusCancelled' } as const;

export function AppointmentCard({ appointment, onChanged }: { appointment: ResidentAppointment; onChanged: (next: ResidentAppointment) => void }) {
  const { t, loc, lang } = useLanguage();
  const navigate = useNavigate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const when = t('appointmentAt', { start: appointment.startTime, end: appointment.endTime, day: dayLabel(appointment.date, t) });
  const titleId = `appointment-${appointment.id}`;

  const cancel = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await cancelAppointment(appointment.id));
      notify(t('appointmentCancelled'));
    } catch (caught) {
      setProblem(isApiError(caught) ? errorText(caught, lang) : t('actionFailed'));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <li className="item" aria-labelledby={titleId}>
      <p id={titleId} className="item-title">{loc(appointment.procedureName)}</p>
      <p className="item-meta">
        {when} · {t(STATUS_TEXT[appointment.status])}
      </p>
      {problem ? <p className="field-error" role="alert">{problem}</p> : null}
      {appointment.cancelledBy === 'office' ? (
        <div className="notice notice-warning">
          <p>{t('cancelledByOffice')}</p>
          <Button variant="secondary" size="medium" onClick={() => navigate(`/procedures/${appointment.procedureId}/appointment`)}>
            {t('bookAgain')}
          </Button>
        </div>
      ) : null}
      {appointment.status === 'booked' && !confirming ? (
        <div className="actions">
          <Button variant="secondary" size="medium" onClick={() => navigate(`/appointments/${appointment.id}/move`)}>
            {t('moveAppointment')}
          </Button>
          <Button variant="tertiary" size="medium" onClick={() => setConfirming(true)}>
            {t('cancelAppointment')}
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <div className="notice notice-warning" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`} className="item-title">{t('cancelAppointmentConfirm', { time: when })}</p>
          <p>{t('cancelAppointmentText')}</p>
          <div className="actions">
            <Button type="danger" fullWidth disabled={busy} onClick={() => void cancel()}>
              {t('cancelAppointment')}
            </Button>
            <Button variant="tertiary" fullWidth disabled={busy} onClick={() => setConfirming(false)}>
              {t('keepAppointment')}
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
