/**
 * The queue's filters. Nothing is fetched while the official types: "Lọc" puts the filters in the
 * address (so the list can be shared as a link) and the list follows; "Xóa bộ lọc" clears them.
 */
import { useState, type FormEvent } from 'react';
import { DateRangeFields } from '../../components/date-range-fields';
import { ProcedureSelect } from '../../components/procedure-select';
import { NO_FILTERS, type FilingFilters } from './filing-filters';
import { filterProblems, type FilterProblems } from './filing-filters-check';
import { StatusCheckboxes } from './status-checkboxes';

const FIRST_FIELD_OF: Record<keyof FilterProblems, string> = { q: 'filter-q', due: 'filter-due-to', received: 'filter-received-to' };

interface FilingFilterFormProps {
  filters: FilingFilters;
  /** The filters as the address holds them; when it changes (Back, a shared link), the form shows them afresh. */
  search: string;
  onApply: (next: FilingFilters) => void;
}

export function FilingFilterForm({ filters, search, onApply }: FilingFilterFormProps) {
  const [draft, setDraft] = useState(filters);
  const [problems, setProblems] = useState<FilterProblems>({});
  // Not a remount (a `key`): the official's focus stays on the button they pressed.
  const [shown, setShown] = useState(search);
  if (search !== shown) {
    setShown(search);
    setDraft(filters);
    setProblems({});
  }
  const change = (part: Partial<FilingFilters>) => setDraft((current) => ({ ...current, ...part }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = filterProblems({ ...draft, q: draft.q.trim() });
    setProblems(found);
    const first = (Object.keys(FIRST_FIELD_OF) as (keyof FilterProblems)[]).find((key) => found[key]);
    if (first) {
      document.getElementById(FIRST_FIELD_OF[first])?.focus();
      return;
    }
    onApply({ ...draft, q: draft.q.trim() });
  };

  const clear = () => {
    setDraft(NO_FILTERS);
    setProblems({});
    onApply(NO_FILTERS);
  };

  return (
    <form className="filters" role="search" aria-label="Lọc hồ sơ" onSubmit={submit} noValidate>
      <StatusCheckboxes selected={draft.statuses} onChange={(statuses) => change({ statuses })} />
      <div className="filters__row">
        <ProcedureSelect id="filter-procedure" label="Thủ tục" value={draft.procedureId} onChange={(procedureId) => change({ procedureId })} />
        <div className="field field--compact">
          <label htmlFor="filter-q">Mã hồ sơ</label>
          <p className="field__hint" id="filter-q-hint">
            Một phần của mã cũng được, ví dụ ABCD-EF.
          </p>
          {problems.q ? (
            <p className="field__error" id="filter-q-error">
              {problems.q}
            </p>
          ) : null}
          <input
            id="filter-q"
            type="search"
            value={draft.q}
            spellCheck={false}
            aria-invalid={problems.q ? true : undefined}
            aria-describedby={problems.q ? 'filter-q-hint filter-q-error' : 'filter-q-hint'}
            onChange={(event) => change({ q: event.target.value })}
          />
        </div>
      </div>
      <div className="filters__row">
        <div>
          <DateRangeFields
            legend="Hạn giải quyết"
            idPrefix="filter-due"
            fromLabel="Hạn từ ngày"
            toLabel="Hạn đến ngày"
            from={draft.dueFrom}
            to={draft.dueTo}
            onChange={({ from, to }) => change({ dueFrom: from, dueTo: to })}
            error={problems.due}
          />
          <label className="checkbox">
            <input type="checkbox" checked={draft.overdueOnly} onChange={(event) => change({ overdueOnly: event.target.checked })} />
            Chỉ hồ sơ quá hạn
          </label>
        </div>
        <DateRangeFields
          legend="Ngày tiếp nhận"
          idPrefix="filter-received"
          fromLabel="Tiếp nhận từ ngày"
          toLabel="Tiếp nhận đến ngày"
          from={draft.receivedFrom}
          to={draft.receivedTo}
          onChange={({ from, to }) => change({ receivedFrom: from, receivedTo: to })}
          error={problems.received}
        />
      </div>
      <div className="filters__buttons">
        <button type="submit" className="button">
          Lọc
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          Xóa bộ lọc
        </button>
      </div>
    </form>
  );
}
