/** The day to show: a date box, and buttons for the day before, today and the day after. */
import { useState } from 'react';
import { addDays } from '../../lib/add-days';

// Typing a year digit by digit passes through 0002, 0020, 0202: only a plausible year is shown.
const TYPED_DATE = /^(19|20)\d{2}-\d{2}-\d{2}$/;

interface DayPickerProps {
  date: string;
  today: string;
  onChange: (date: string, options?: { replace?: boolean }) => void;
}

export function DayPicker({ date, today, onChange }: DayPickerProps) {
  // The box keeps what is being typed (a half-typed year too); the list follows whole dates only.
  const [typed, setTyped] = useState(date);
  const [shown, setShown] = useState(date);
  if (shown !== date) {
    setShown(date);
    setTyped(date);
  }
  return (
    <div className="filters day-picker" role="group" aria-label="Chọn ngày xem lịch hẹn">
      <div className="field field--compact">
        <label htmlFor="appointment-date">Ngày</label>
        <input
          id="appointment-date"
          type="date"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            if (TYPED_DATE.test(event.target.value)) onChange(event.target.value, { replace: true });
          }}
        />
      </div>
      <div className="button-row day-picker__buttons">
        <button type="button" className="button button--secondary" onClick={() => onChange(addDays(date, -1))}>
          <span aria-hidden="true">‹ </span>
          Ngày trước
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChange(today)} disabled={date === today}>
          Hôm nay
        </button>
        <button type="button" className="button button--secondary" onClick={() => onChange(addDays(date, 1))}>
          Ngày sau
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
    </div>
  );
}
