/** "Các ngày trong tuần": Monday to Friday; weekends and public holidays are never opened. */
const WEEKDAYS = [
  { value: 1, label: 'Thứ Hai' },
  { value: 2, label: 'Thứ Ba' },
  { value: 3, label: 'Thứ Tư' },
  { value: 4, label: 'Thứ Năm' },
  { value: 5, label: 'Thứ Sáu' },
];

export function WeekdayCheckboxes({ selected, onChange, error }: { selected: number[]; onChange: (weekdays: number[]) => void; error: string | undefined }) {
  const toggle = (day: number, on: boolean) => onChange(WEEKDAYS.map((weekday) => weekday.value).filter((value) => (value === day ? on : selected.includes(value))));
  return (
    <fieldset className="filter-group" aria-describedby={error ? 'slot-weekdays-hint slot-weekdays-error' : 'slot-weekdays-hint'}>
      <legend>Các ngày trong tuần</legend>
      <p className="field__hint" id="slot-weekdays-hint">
        Thứ Bảy, Chủ nhật và ngày lễ luôn được bỏ qua.
      </p>
      {error ? (
        <p className="field__error" id="slot-weekdays-error">
          {error}
        </p>
      ) : null}
      <div className="filter-group__row">
        {WEEKDAYS.map((weekday) => (
          <label key={weekday.value} className="checkbox">
            <input type="checkbox" id={weekday.value === 1 ? 'slot-weekday-first' : undefined} checked={selected.includes(weekday.value)} onChange={(event) => toggle(weekday.value, event.target.checked)} />
            {weekday.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
