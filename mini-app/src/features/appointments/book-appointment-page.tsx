/**
 * "Đặt lịch hẹn" for a procedure that needs an in-person visit: why the resident must come, then
 * day → time → check → confirm. The request id is made once per chosen time, so a resend (the
 * network dropped the answer) finds the same booking instead of taking a second place.
 */
import { useRef } from 'react';
import { useNavigate, useParams } from 'zmp-ui';
import { getProcedure } from '../../api/procedures-api';
import { PageShell } from '../../components/page-shell';
import { ResourceView } from '../../components/resource-view';
import { UnconfirmedMark } from '../../components/unconfirmed-mark';
import { useNotify } from '../../hooks/use-notify';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { newEventId } from '../../lib/new-event-id';
import { formatIsoDate } from '../../lib/format-date';
import { bookAppointment, type FreeSlot } from './appointments-api';
import { SlotPicker } from './slot-picker';

export default function BookAppointmentPage() {
  const { id = '' } = useParams();
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const notify = useNotify();
  const detail = useResource(`procedure:${id}`, (signal) => getProcedure(id, signal));
  const requestIds = useRef(new Map<number, string>());

  const book = async (slot: FreeSlot) => {
    let requestId = requestIds.current.get(slot.id);
    if (!requestId) {
      requestId = newEventId();
      requestIds.current.set(slot.id, requestId);
    }
    const booked = await bookAppointment({ slotId: slot.id, procedureId: id, requestId });
    notify(t('booked', { time: booked.startTime, date: formatIsoDate(booked.date) }));
    navigate('/appointments', { replace: true });
  };

  return (
    <PageShell title={t('bookAppointment')}>
      <ResourceView resource={detail} lines={3}>
        {({ procedure }) => (
          <>
            <p className="item-title">{loc(procedure.name)}</p>
            {procedure.inPersonVisit ? (
              <div className="notice notice-info">
                <p>
                  {t('inPersonVisit')}: {loc(procedure.inPersonVisit.reason)} {procedure.inPersonVisit.unconfirmed ? <UnconfirmedMark /> : null}
                </p>
              </div>
            ) : null}
            <SlotPicker procedureId={id} procedureName={loc(procedure.name)} confirmLabel={t('confirmBooking')} onConfirm={book} />
          </>
        )}
      </ResourceView>
    </PageShell>
  );
}
