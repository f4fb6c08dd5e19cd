/**
 * "Mở lịch hẹn" (admins): a range of days, the weekdays, one or more time windows, the length of a
 * slot, how many residents each takes, and which procedures. Mistakes the form can see are shown
 * beside their fields; the server's refusals (a past day, too long a range) in its own words.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { publishSlots } from '../../api/appointments-api';
import { queryKeys } from '../../api/query-keys';
import { DateRangeFields } from '../../components/date-range-fields';
import { ErrorMessage } from '../../components/error-message';
import { LabelledInput } from '../../components/labelled-input';
import { publishResultText } from './publish-result-text';
import { defaultSlotDraft, slotProblems, slotRequest, type SlotDraft, type SlotField, type SlotProblems } from './slot-draft';
import { SlotProcedureChoice } from './slot-procedure-choice';
import { TimeWindowFields } from './time-window-fields';
import { WeekdayCheckboxes } from './weekday-checkboxes';

/** Where focus goes for each problem, in the form's order. */
const FIRST_FIELD_OF: Record<SlotField, string> = {
  dates: 'slot-dates-to',
  weekdays: 'slot-weekday-first',
  windows: 'slot-add-window',
  slotMinutes: 'slot-minutes',
  capacity: 'slot-capacity',
  procedures: 'slot-procedures-all',
};

interface PublishSlotsFormProps {
  today: string;
  /** The days just published, so the slot list can show them. */
  onPublished: (range: { from: string; to: string }) => void;
}

export function PublishSlotsForm({ today, onPublished }: PublishSlotsFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<SlotDraft>(() => defaultSlotDraft(today));
  const [problems, setProblems] = useState<SlotProblems>({});
  const [result, setResult] = useState<string | null>(null);
  const nextKey = useRef(draft.windows.length);
  const publish = useMutation({
    mutationFn: publishSlots,
    onSuccess: (answer, request) => {
      setResult(publishResultText(answer));
      onPublished({ from: request.from, to: request.to });
      void queryClient.invalidateQueries({ queryKey: queryKeys.appointments });
    },
  });
  const change = (part: Partial<SlotDraft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setResult(null);
    publish.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = slotProblems(draft);
    setProblems(found);
    const first = (Object.keys(FIRST_FIELD_OF) as SlotField[]).find((field) => found[field]);
    if (first) {
      document.getElementById(FIRST_FIELD_OF[first])?.focus();
      return;
    }
    publish.mutate(slotRequest(draft));
  };

  return (
    <form className="slot-form" onSubmit={submit} noValidate>
      <DateRangeFields legend="Khoảng ngày" idPrefix="slot-dates" fromLabel="Từ ngày" toLabel="Đến ngày" from={draft.from} to={draft.to} required onChange={(range) => change(range)} error={problems.dates} />
      <WeekdayCheckboxes selected={draft.weekdays} onChange={(weekdays) => change({ weekdays })} error={problems.weekdays} />
      <TimeWindowFields
        windows={draft.windows}
        onChange={(windows) => change({ windows })}
        onAdd={() => {
          const key = nextKey.current++;
          change({ windows: [...draft.windows, { key, start: '', end: '' }] });
          requestAnimationFrame(() => document.getElementById(`slot-window-${key}-start`)?.focus());
        }}
        error={problems.windows}
      />
      <div className="filter-group__row">
        <LabelledInput id="slot-minutes" label="Mỗi lượt hẹn (phút)" type="number" inputMode="numeric" min={10} max={240} value={draft.slotMinutes} onValue={(slotMinutes) => change({ slotMinutes })} error={problems.slotMinutes} />
        <LabelledInput id="slot-capacity" label="Số người mỗi lượt" type="number" inputMode="numeric" min={1} max={100} value={draft.capacity} onValue={(capacity) => change({ capacity })} error={problems.capacity} />
      </div>
      <SlotProcedureChoice all={draft.allProcedures} selected={draft.procedureIds} onChange={({ all, selected }) => change({ allProcedures: all, procedureIds: selected })} error={problems.procedures} />
      <button type="submit" className="button" disabled={publish.isPending}>
        {publish.isPending ? 'Đang mở lịch hẹn…' : 'Mở lịch hẹn'}
      </button>
      {result ? (
        <p className="notice" role="status">
          {result}
        </p>
      ) : null}
      {publish.isError ? <ErrorMessage error={publish.error} /> : null}
    </form>
  );
}
