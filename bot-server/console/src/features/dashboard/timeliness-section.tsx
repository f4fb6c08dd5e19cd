/** Decided filings early, on time and late, per procedure and in total: a stacked bar chart and its table. */
import type { DashboardResponse, FilingFigures } from '../../../../../shared/api/console-dashboard-schemas';
import { BarFigure } from './bar-figure';
import { FIGURE_COLOURS } from './figure-colours';
import { FigureSection } from './figure-section';
import { FigureTable } from './figure-table';
import { formatNumber, formatPercent } from './format-figure';

const SERIES = [
  { key: 'early', name: 'Trước hạn', colour: FIGURE_COLOURS.good },
  { key: 'onTime', name: 'Đúng hạn', colour: FIGURE_COLOURS.neutral },
  { key: 'late', name: 'Quá hạn', colour: FIGURE_COLOURS.bad },
];

const countAndShare = (count: number, percent: number | null) => (percent === null ? formatNumber(count) : `${formatNumber(count)} (${formatPercent(percent)})`);

export function TimelinessSection({ filings }: { filings: DashboardResponse['filings'] }) {
  const rows: [string, FilingFigures][] = [...filings.byProcedure.map((row): [string, FilingFigures] => [row.procedureName, row]), ['Tổng cộng', filings.total]];
  return (
    <FigureSection id="timeliness-title" title="Giải quyết trước hạn, đúng hạn, quá hạn" note="Hồ sơ có quyết định trong kỳ, so ngày quyết định với ngày hẹn trả kết quả.">
      {filings.total.resolved === 0 ? (
        <p className="empty-note">Chưa có hồ sơ nào được giải quyết trong kỳ này.</p>
      ) : (
        <BarFigure data={rows.map(([name, f]) => ({ name, early: f.early, onTime: f.onTime, late: f.late }))} categoryKey="name" series={SERIES} stacked horizontal />
      )}
      <FigureTable
        caption="Số hồ sơ đã giải quyết theo thời hạn"
        headers={['Thủ tục', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đã giải quyết']}
        rows={rows.map(([label, f]) => ({ label, cells: [countAndShare(f.early, f.earlyPercent), countAndShare(f.onTime, f.onTimePercent), countAndShare(f.late, f.latePercent), formatNumber(f.resolved)] }))}
      />
    </FigureSection>
  );
}
