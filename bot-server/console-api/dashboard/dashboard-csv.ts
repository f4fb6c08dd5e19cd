/** The dashboard's filing figures as a spreadsheet: one row per procedure and a total row, Vietnamese headers. */
import type { DashboardResponse, FilingFigures } from '../../../shared/api/console-dashboard-schemas';
import { csvText, type CsvValue } from './csv-text';

const FIGURE_COLUMNS: readonly [string, (f: FilingFigures) => CsvValue][] = [
  ['Tiếp nhận', (f) => f.received],
  ['Nộp trực tuyến', (f) => f.receivedOnline],
  ['Tỷ lệ trực tuyến (%)', (f) => f.onlinePercent],
  ['Đang giải quyết', (f) => f.inProgress],
  ['Đang giải quyết quá hạn', (f) => f.inProgressOverdue],
  ['Đã giải quyết', (f) => f.resolved],
  ['Trước hạn', (f) => f.early],
  ['Đúng hạn', (f) => f.onTime],
  ['Quá hạn', (f) => f.late],
  ['Tỷ lệ trước hạn (%)', (f) => f.earlyPercent],
  ['Tỷ lệ đúng hạn (%)', (f) => f.onTimePercent],
  ['Tỷ lệ quá hạn (%)', (f) => f.latePercent],
  ['Thời gian giải quyết trung bình (ngày làm việc)', (f) => f.averageProcessingDays],
  ['Thời gian giải quyết phân vị 90 (ngày làm việc)', (f) => f.p90ProcessingDays],
];

const TOTAL_ROW_LABEL = 'Tổng cộng';

export function dashboardCsv(dashboard: DashboardResponse): string {
  const header = ['Mã thủ tục', 'Tên thủ tục', 'Thời hạn theo quy định (ngày làm việc)', ...FIGURE_COLUMNS.map(([title]) => title)];
  const figures = (f: FilingFigures) => FIGURE_COLUMNS.map(([, value]) => value(f));
  const { byProcedure, total } = dashboard.filings;
  return csvText([
    header,
    ...byProcedure.map((row) => [row.procedureId, row.procedureName, row.legalLimitDays, ...figures(row)]),
    ['', TOTAL_ROW_LABEL, null, ...figures(total)],
  ]);
}
