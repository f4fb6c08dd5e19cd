/** "Khung giờ": one or more time windows (start and end), each cut into slots; add or remove windows. */
import { MAX_WINDOWS, type TimeWindow } from './slot-draft';

interface TimeWindowFieldsProps {
  windows: TimeWindow[];
  onChange: (windows: TimeWindow[]) => void;
  onAdd: () => void;
  error: string | undefined;
}

export function TimeWindowFields({ windows, onChange, onAdd, error }: TimeWindowFieldsProps) {
  const update = (key: number, part: Partial<TimeWindow>) => onChange(windows.map((window) => (window.key === key ? { ...window, ...part } : window)));
  return (
    <fieldset className="filter-group" aria-describedby={error ? 'slot-windows-hint slot-windows-error' : 'slot-windows-hint'}>
      <legend>Khung giờ</legend>
      <p className="field__hint" id="slot-windows-hint">
        Mỗi khung giờ được chia thành các lượt hẹn liên tiếp; phần cuối ngắn hơn một lượt được bỏ qua.
      </p>
      {error ? (
        <p className="field__error" id="slot-windows-error">
          {error}
        </p>
      ) : null}
      {windows.map((window, index) => (
        <div key={window.key} className="filter-group__row time-window">
          <div className="field field--compact">
            <label htmlFor={`slot-window-${window.key}-start`}>Khung giờ {index + 1}: bắt đầu</label>
            <input id={`slot-window-${window.key}-start`} type="time" value={window.start} onChange={(event) => update(window.key, { start: event.target.value })} />
          </div>
          <div className="field field--compact">
            <label htmlFor={`slot-window-${window.key}-end`}>Khung giờ {index + 1}: kết thúc</label>
            <input id={`slot-window-${window.key}-end`} type="time" value={window.end} onChange={(event) => update(window.key, { end: event.target.value })} />
          </div>
          {windows.length > 1 ? (
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(windows.filter((other) => other.key !== window.key))}>
              Bỏ khung giờ {index + 1}
            </button>
          ) : null}
        </div>
      ))}
      {windows.length < MAX_WINDOWS ? (
        <button type="button" id="slot-add-window" className="button button--secondary button--small" onClick={onAdd}>
          Thêm khung giờ
        </button>
      ) : null}
    </fieldset>
  );
}
