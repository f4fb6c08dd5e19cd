/** Processing time per procedure, average and 90th percentile, against the legal limit, in working days. */
import type { ProcedureFigures } from '../../../../../shared/api/console-dashboard-schemas';
import { BarFigure } from './bar-figure';
import { FIGURE_COLOURS } from './figure-colours';
import { FigureSection } from './figure-section';
import { FigureTable } from './figure-table';
import { formatDays, formatNumber } from './format-figure';

const SERIES = [
  { key: 'average', name: 'Trung bình', colour: FIGURE_COLOURS.neutral },
  { key: 'p90', name: 'Phân vị 90', colour: FIGURE_COLOURS.amber },
  { key: 'limit', name: 'Thời hạn theo quy định', colour: FIGURE_COLOURS.grey },
];

export function ProcessingTimeSection({ byProcedure }: { byProcedure: ProcedureFigures[] }) {
  const decided = byProcedure.filter((row) => row.resolved > 0);
  return (
    <FigureSection
      id="processing-time-title"
      title="Thời gian giải quyết so với thời hạn"
      note="Tính bằng ngày làm việc, trên các hồ sơ có quyết định trong kỳ. Phân vị 90: 9 trên 10 hồ sơ được giải quyết trong thời gian này hoặc ngắn hơn."
    >
      {decided.length === 0 ? (
        <p className="empty-note">Chưa có hồ sơ nào được giải quyết trong kỳ này.</p>
      ) : (
        <BarFigure
          data={decided.map((row) => ({ name: row.procedureName, average: row.averageProcessingDays, p90: row.p90ProcessingDays, limit: row.legalLimitDays }))}
          categoryKey="name"
          series={SERIES}
          horizontal
          unit=" ngày"
        />
      )}
      <FigureTable
        caption="Thời gian giải quyết theo thủ tục (ngày làm việc)"
        headers={['Thủ tục', 'Trung bình', 'Phân vị 90', 'Thời hạn theo quy định', 'Đã giải quyết']}
        rows={byProcedure.map((row) => ({
          label: row.procedureName,
          cells: [formatDays(row.averageProcessingDays), formatDays(row.p90ProcessingDays), formatDays(row.legalLimitDays), formatNumber(row.resolved)],
        }))}
      />
    </FigureSection>
  );
}
