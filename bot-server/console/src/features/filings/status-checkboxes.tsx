/** "Tình trạng": one checkbox per status; none ticked means every status. */
import type { FilingStatus } from '../../../../../shared/filing/filing-status-text';
import { FILING_STATUSES, filingStatusLabel } from '../../lib/filing-status-label';

export function StatusCheckboxes({ selected, onChange }: { selected: FilingStatus[]; onChange: (statuses: FilingStatus[]) => void }) {
  const toggle = (status: FilingStatus, on: boolean) => onChange(FILING_STATUSES.filter((candidate) => (candidate === status ? on : selected.includes(candidate))));
  return (
    <fieldset className="filter-group">
      <legend>Tình trạng</legend>
      <p className="field__hint">Không chọn ô nào: xem mọi tình trạng.</p>
      <div className="filter-group__row">
        {FILING_STATUSES.map((status) => (
          <label key={status} className="checkbox">
            <input type="checkbox" checked={selected.includes(status)} onChange={(event) => toggle(status, event.target.checked)} />
            {filingStatusLabel(status)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
