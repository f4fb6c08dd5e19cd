/**
 * "Hủy khung giờ" (admins): a dialog says how many residents booked it and how they will be told,
 * takes an optional reason they will read, then cancels the slot with its appointments. What was
 * done (how many were told on Zalo) is said after.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelSlotRequestSchema, type AppointmentSlot } from '../../../../../shared/api/appointment-api-schemas';
import { cancelSlot } from '../../api/appointments-api';
import { queryKeys } from '../../api/query-keys';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { dayWithWeekday } from '../../lib/weekday-name';
import { cancelledSlotText } from './cancelled-slot-text';

const MAX_REASON = cancelSlotRequestSchema.shape.reason.unwrap().maxLength ?? 300;

function whoIsTold(booked: number): string {
  if (booked === 0) return 'Chưa có người dân nào đặt giờ này, nên không ai cần được báo.';
  return `${booked} người dân đã đặt giờ này. Lịch hẹn của họ sẽ bị hủy, và từng người được báo: qua Zalo nếu họ đặt qua chat với OA, hoặc trong Mini App (mục “Lịch hẹn của tôi”) nếu họ chỉ dùng Mini App.`;
}

export function CancelSlotAction({ slot, onCancelled }: { slot: AppointmentSlot; onCancelled: (notice: string) => void }) {
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const when = `${slot.startTime}–${slot.endTime}, ${dayWithWeekday(slot.date)}`;
  const cancel = useMutation({
    mutationFn: () => cancelSlot(slot.id, reason.trim()),
    onSuccess: (result) => {
      setAsking(false);
      onCancelled(cancelledSlotText(when, result));
      void queryClient.invalidateQueries({ queryKey: queryKeys.appointments });
    },
  });
  const close = () => {
    // After a refusal (cancelled meanwhile) the list is reloaded only now, or this row and its message would vanish.
    if (cancel.isError) void queryClient.invalidateQueries({ queryKey: queryKeys.appointments });
    setAsking(false);
    cancel.reset();
  };
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setAsking(true)} aria-label={`Hủy khung giờ ${when}`}>
        Hủy khung giờ
      </button>
      {asking ? (
        <ConfirmDialog
          title={`Hủy khung giờ ${when}?`}
          description={
            <>
              <p>{whoIsTold(slot.booked)}</p>
              <p>Sau khi hủy, người dân không đặt được giờ này nữa.</p>
            </>
          }
          confirmLabel="Có, hủy khung giờ"
          pendingLabel="Đang hủy…"
          cancelLabel="Không, giữ khung giờ"
          pending={cancel.isPending}
          error={cancel.error}
          onConfirm={() => cancel.mutate()}
          onClose={close}
        >
          {slot.booked > 0 ? (
            <div className="field">
              <label htmlFor={`slot-${slot.id}-reason`}>Lý do gửi cho người dân (không bắt buộc)</label>
              <p className="field__hint" id={`slot-${slot.id}-reason-hint`}>
                Ví dụ: cán bộ đi công tác. Người dân đọc lý do này trong tin báo hủy.
              </p>
              <textarea id={`slot-${slot.id}-reason`} rows={2} maxLength={MAX_REASON} value={reason} aria-describedby={`slot-${slot.id}-reason-hint`} onChange={(event) => setReason(event.target.value)} />
            </div>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
