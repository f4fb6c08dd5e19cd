/**
 * Choosing a time, one question per screen (GOV.UK): the day, then the time that day, then a
 * "check your appointment" screen with "Chọn lại" before confirming. Free places are shown on
 * each choice. A time that fills up meanwhile sends the resident back to the times, refreshed.
 */
import { useState } from 'react';
import { Button } from 'zmp-ui';
import type { AppointmentErrorCode } from '../../../../shared/api/appointment-api-schemas';
import { isApiError } from '../../api/api-error';
import { errorText } from '../../components/error-text';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { listFreeSlots, type FreeSlot } from './appointments-api';
import { dayLabel } from './day-label';

interface SlotPickerProps {
  procedureId: string;
  procedureName: string;
  confirmLabel: string;
  /** Books or moves; an ApiError it throws is shown (SLOT_FULL sends the resident back to the times). */
  onConfirm: (slot: FreeSlot) => Promise<void>;
}

type Step = { kind: 'day' } | { kind: 'time'; date: string } | { kind: 'check'; slot: FreeSlot };

function daysOf(slots: readonly FreeSlot[]): { date: string; free: number }[] {
  const days = new Map<string, number>();
  for (const slot of slots) days.set(slot.date, (days.get(slot.date) ?? 0) + slot.free);
  return [...days].map(([date, free]) => ({ date, free }));
}

export function SlotPicker({ procedureId, procedureName, confirmLabel, onConfirm }: SlotPickerProps) {
  const { t, lang } = useLanguage();
  const slots = useResource(`free-slots:${procedureId}`, (signal) => listFreeSlots(procedureId, signal));
  const [step, setStep] = useState<Step>({ kind: 'day' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async (slot: FreeSlot) => {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm(slot);
    } catch (caught) {
      if (isApiError(caught) && caught.code === ('SLOT_FULL' satisfies AppointmentErrorCode)) {
        setProblem(t('slotTakenPickAgain'));
        setStep({ kind: 'time', date: slot.date });
        slots.retry();
      } else {
        setProblem(isApiError(caught) ? errorText(caught, lang) : t('actionFailed'));
      }
    } finally {
      setBusy(false);
    }
  };
  const notice = problem ? <p className="notice notice-error" role="alert">{problem}</p> : null;

  if (step.kind === 'check') {
    const { slot } = step;
    return (
      <>
        <h1 className="page-title">{t('checkAppointment')}</h1>
        {notice}
        <dl>
          <div className="review-row">
            <dt>{t('appointmentProcedure')}</dt>
            <dd>{procedureName}</dd>
          </div>
          <div className="review-row">
            <dt>{t('appointmentDay')}</dt>
            <dd>{dayLabel(slot.date, t)}</dd>
            <dd className="review-edit">
              <Button variant="tertiary" size="medium" disabled={busy} onClick={() => setStep({ kind: 'day' })}>
                {t('changeChoice')}
              </Button>
            </dd>
          </div>
          <div className="review-row">
            <dt>{t('appointmentTime')}</dt>
            <dd>{`${slot.startTime}–${slot.endTime}`}</dd>
            <dd className="review-edit">
              <Button variant="tertiary" size="medium" disabled={busy} onClick={() => setStep({ kind: 'time', date: slot.date })}>
                {t('changeChoice')}
              </Button>
            </dd>
          </div>
        </dl>
        <div className="actions">
          <Button fullWidth disabled={busy} onClick={() => void confirm(slot)}>
            {busy ? t('booking') : confirmLabel}
          </Button>
        </div>
      </>
    );
  }

  return (
    <ResourceView resource={slots} lines={4}>
      {(items) => {
        if (items.length === 0) return <p className="notice notice-info">{t('noFreeSlots')}</p>;
        if (step.kind === 'time') {
          const times = items.filter((slot) => slot.date === step.date);
          return (
            <>
              <h1 className="page-title">{t('chooseTime')}</h1>
              <p className="item-meta">{dayLabel(step.date, t)}</p>
              {notice}
              {times.length === 0 ? <p>{t('noFreeSlots')}</p> : null}
              <div className="choices">
                {times.map((slot) => (
                  <button key={slot.id} type="button" className="link-card" onClick={() => setStep({ kind: 'check', slot })}>
                    {t('timeOption', { start: slot.startTime, end: slot.endTime, free: slot.free })}
                  </button>
                ))}
              </div>
              <Button variant="tertiary" fullWidth onClick={() => setStep({ kind: 'day' })}>
                {t('chooseDay')}
              </Button>
            </>
          );
        }
        return (
          <>
            <h1 className="page-title">{t('chooseDay')}</h1>
            <div className="choices">
              {daysOf(items).map((day) => (
                <button key={day.date} type="button" className="link-card" onClick={() => setStep({ kind: 'time', date: day.date })}>
                  {t('dayOption', { day: dayLabel(day.date, t), free: day.free })}
                </button>
              ))}
            </div>
          </>
        );
      }}
    </ResourceView>
  );
}
