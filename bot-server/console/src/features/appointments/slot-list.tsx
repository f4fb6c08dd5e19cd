/**
 * "Khung giờ đã mở": the slots between two days (the next two weeks at first, the days just
 * published after publishing), refetched when residents book.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { appointmentSlotsQuery } from '../../api/appointments-api';
import { DateRangeFields } from '../../components/date-range-fields';
import { QueryState } from '../../components/query-state';
import { SlotTable } from './slot-table';

interface SlotListProps {
  range: { from: string; to: string };
  onRange: (range: { from: string; to: string }) => void;
}

export function SlotList({ range, onRange }: SlotListProps) {
  const [draft, setDraft] = useState(range);
  const [problem, setProblem] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const slots = useQuery(appointmentSlotsQuery(range.from, range.to));
  // A range set from outside (just published) shows in the boxes too; not a remount, so focus stays.
  const [shown, setShown] = useState(range);
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
  }
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = draft.from === '' || draft.to === '' ? 'Hãy chọn cả hai ngày.' : draft.to < draft.from ? 'Ngày cuối phải bằng hoặc sau ngày đầu.' : undefined;
    setProblem(wrong);
    if (wrong) document.getElementById('slot-range-to')?.focus();
    else onRange(draft);
  };

  return (
    <>
      <form className="filters" aria-label="Khoảng ngày xem khung giờ" onSubmit={submit} noValidate>
        <DateRangeFields legend="Xem các khung giờ" idPrefix="slot-range" fromLabel="Từ ngày" toLabel="Đến ngày" from={draft.from} to={draft.to} required onChange={setDraft} error={problem} />
        <button type="submit" className="button">
          Xem khung giờ
        </button>
      </form>
      {notice ? (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      ) : null}
      {!slots.data || slots.isError ? <QueryState error={slots.error} loadingText="Đang tải các khung giờ…" onRetry={() => void slots.refetch()} /> : null}
      {slots.data?.items.length === 0 ? <p className="empty-note">Chưa mở khung giờ nào trong những ngày này.</p> : null}
      {slots.data && slots.data.items.length > 0 ? <SlotTable slots={slots.data.items} onCancelled={setNotice} /> : null}
    </>
  );
}
