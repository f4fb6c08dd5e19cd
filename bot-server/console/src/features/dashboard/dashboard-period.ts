/**
 * The dashboard's period, kept in the address (?from=…&to=…&procedureId=…) so a view can be shared;
 * without one, this month so far (Vietnam calendar). Checked here as the server checks it.
 */
import type { DashboardPeriod } from '../../api/dashboard-api';

/** The server refuses longer periods (shared/api/console-dashboard-schemas.ts). */
const MAX_DAYS = 366;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function thisMonthSoFar(today: string): DashboardPeriod {
  return { from: `${today.slice(0, 8)}01`, to: today, procedureId: '' };
}

export function lastMonth(today: string): DashboardPeriod {
  const firstOfThisMonth = Date.parse(`${today.slice(0, 8)}01T00:00:00Z`);
  const lastDay = new Date(firstOfThisMonth - DAY_MS).toISOString().slice(0, 10);
  return { from: `${lastDay.slice(0, 8)}01`, to: lastDay, procedureId: '' };
}

export function periodFromSearch(params: URLSearchParams, today: string): DashboardPeriod {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const procedureId = params.get('procedureId') ?? '';
  const base = ISO_DATE.test(from) && ISO_DATE.test(to) ? { from, to } : thisMonthSoFar(today);
  return { ...base, procedureId: /^[a-z][a-z0-9-]*$/.test(procedureId) ? procedureId : '' };
}

export function searchOfPeriod(period: DashboardPeriod): URLSearchParams {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (period.procedureId !== '') params.set('procedureId', period.procedureId);
  return params;
}

/** What is wrong with a period typed in the form, in words that say how to fix it; null when it is fine. */
export function periodProblem(period: DashboardPeriod): string | null {
  if (period.from === '' || period.to === '') return 'Hãy chọn cả ngày bắt đầu và ngày kết thúc của kỳ báo cáo.';
  if (period.from > period.to) return 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.';
  if ((Date.parse(period.to) - Date.parse(period.from)) / DAY_MS >= MAX_DAYS) return `Kỳ báo cáo dài tối đa ${MAX_DAYS} ngày. Hãy chọn kỳ ngắn hơn.`;
  return null;
}
