/**
 * "Thống kê" (supervisors and admins): service quality over a period — filings received, in
 * progress, decided early, on time or late, processing time against the legal limit, residents'
 * ratings, and the chat bot. Loaded on its own (with the chart library) only when opened.
 */
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import type { DashboardResponse } from '../../../../../shared/api/console-dashboard-schemas';
import { dashboardQuery, type DashboardPeriod } from '../../api/dashboard-api';
import { proceduresQuery } from '../../api/procedures-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { formatDate } from '../../../../../shared/validators/date-input';
import { vietnamToday } from '../../lib/vietnam-today';
import { BotSection } from './bot-section';
import { DashboardCsvLink } from './dashboard-csv-link';
import { periodFromSearch, searchOfPeriod } from './dashboard-period';
import { PeriodForm } from './period-form';
import { ProcessingTimeSection } from './processing-time-section';
import { SatisfactionSection } from './satisfaction-section';
import { SummaryTiles } from './summary-tiles';
import { TimelinessSection } from './timeliness-section';
import './dashboard.css';

function DashboardFigures({ dashboard }: { dashboard: DashboardResponse }) {
  return (
    <>
      <section className="figure-section" aria-labelledby="summary-title">
        <h2 id="summary-title">Tổng quan hồ sơ</h2>
        <SummaryTiles figures={dashboard.filings.total} />
      </section>
      <TimelinessSection filings={dashboard.filings} />
      <ProcessingTimeSection byProcedure={dashboard.filings.byProcedure} />
      <SatisfactionSection satisfaction={dashboard.satisfaction} />
      <BotSection bot={dashboard.bot} />
    </>
  );
}

export function DashboardPage() {
  useDocumentTitle('Thống kê');
  const today = vietnamToday();
  const [params, setParams] = useSearchParams();
  const period = periodFromSearch(params, today);
  const dashboard = useQuery(dashboardQuery(period));
  const procedures = useQuery(proceduresQuery);
  const apply = (next: DashboardPeriod) => setParams(searchOfPeriod(next));
  return (
    <div className="dashboard">
      <h1>Thống kê chất lượng phục vụ</h1>
      <PeriodForm period={period} today={today} onApply={apply} />
      <p className="period-line">
        Kỳ báo cáo: từ {formatDate(period.from)} đến {formatDate(period.to)}
        {period.procedureId === '' ? ', mọi thủ tục' : `, thủ tục ${procedures.data?.find((procedure) => procedure.id === period.procedureId)?.name ?? period.procedureId}`}.
      </p>
      <DashboardCsvLink period={period} />
      {!dashboard.data || dashboard.isError ? <QueryState error={dashboard.error} loadingText="Đang tính số liệu…" onRetry={() => void dashboard.refetch()} /> : null}
      {dashboard.data ? <DashboardFigures dashboard={dashboard.data} /> : null}
    </div>
  );
}
