/** Reads a period's rows and turns them into the dashboard's figures. */
import type { DashboardQuery, DashboardResponse } from '../../../shared/api/console-dashboard-schemas';
import { vietnamClock } from '../../../shared/rules/calendar';
import type { Services } from '../../app/services';
import {
  conversationCounts,
  dashboardFilings,
  filingRatingCounts,
  handoffRatingCounts,
  handoffReplyTimes,
  unplacedQueryCounts,
} from '../../storage/dashboard-store';
import { botFigures } from './bot-figures';
import { dashboardPeriod } from './dashboard-period';
import { procedureFigures } from './procedure-figures';
import { ratingSummary } from './satisfaction-figures';

export async function buildDashboard(services: Pick<Services, 'db' | 'catalog' | 'holidays' | 'clock' | 'config'>, query: DashboardQuery): Promise<DashboardResponse> {
  const { db, catalog, holidays } = services;
  const now = services.clock();
  const period = dashboardPeriod(query.from, query.to, now);
  const { procedureId } = query;
  const filings = await dashboardFilings(db, period, procedureId);
  return {
    period: { from: query.from, to: query.to },
    communeCode: services.config.communeCode ?? null,
    procedureId: procedureId ?? null,
    filings: procedureFigures(filings, { period, catalog, holidays, today: vietnamClock(now.toISOString()).date }),
    satisfaction: {
      filings: ratingSummary(await filingRatingCounts(db, period, procedureId)),
      handoffs: ratingSummary(await handoffRatingCounts(db, period, procedureId)),
    },
    bot: botFigures({
      conversations: await conversationCounts(db, period),
      handoffs: await handoffReplyTimes(db, period),
      unplaced: await unplacedQueryCounts(db, period),
    }),
  };
}
