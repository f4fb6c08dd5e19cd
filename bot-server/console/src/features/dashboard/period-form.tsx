/** The period (default: this month so far) and an optional procedure; "Xem thống kê" puts them in the address. */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { DashboardPeriod } from '../../api/dashboard-api';
import { DateRangeFields } from '../../components/date-range-fields';
import { ProcedureSelect } from '../../components/procedure-select';
import { lastMonth, periodProblem, searchOfPeriod, thisMonthSoFar } from './dashboard-period';

interface PeriodFormProps {
  period: DashboardPeriod;
  today: string;
  onApply: (period: DashboardPeriod) => void;
}

export function PeriodForm({ period, today, onApply }: PeriodFormProps) {
  const [draft, setDraft] = useState(period);
  const [problem, setProblem] = useState<string | null>(null);
  // A new period in the address (a quick link, Back) shows afresh; not a remount, so focus stays put.
  const search = searchOfPeriod(period).toString();
  const [shown, setShown] = useState(search);
  if (search !== shown) {
    setShown(search);
    setDraft(period);
    setProblem(null);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft);
    setProblem(found);
    if (found) {
      document.getElementById('period-to')?.focus();
      return;
    }
    onApply(draft);
  };
  const quick = (preset: DashboardPeriod) => `?${searchOfPeriod({ ...preset, procedureId: period.procedureId }).toString()}`;
  return (
    <form className="filters period-form" aria-label="Kỳ báo cáo và thủ tục" onSubmit={submit} noValidate>
      <div className="filters__row">
        <DateRangeFields
          legend="Kỳ báo cáo"
          idPrefix="period"
          fromLabel="Từ ngày"
          toLabel="Đến ngày"
          from={draft.from}
          to={draft.to}
          required
          onChange={({ from, to }) => setDraft((current) => ({ ...current, from, to }))}
          error={problem ?? undefined}
        />
        <ProcedureSelect id="period-procedure" label="Thủ tục" value={draft.procedureId} onChange={(procedureId) => setDraft((current) => ({ ...current, procedureId }))} />
      </div>
      <div className="filters__buttons">
        <button type="submit" className="button">
          Xem thống kê
        </button>
        <Link to={quick(thisMonthSoFar(today))}>Tháng này</Link>
        <Link to={quick(lastMonth(today))}>Tháng trước</Link>
      </div>
    </form>
  );
}
