/** How residents rated their filings and an official's help, 1 to 5: the distribution as bars and as a table. */
import type { DashboardResponse, RatingSummary } from '../../../../../shared/api/console-dashboard-schemas';
import { BarFigure } from './bar-figure';
import { FIGURE_COLOURS } from './figure-colours';
import { FigureSection } from './figure-section';
import { FigureTable } from './figure-table';
import { formatNumber } from './format-figure';

const SERIES = [
  { key: 'filings', name: 'Hồ sơ', colour: FIGURE_COLOURS.neutral },
  { key: 'handoffs', name: 'Hỗ trợ của cán bộ', colour: FIGURE_COLOURS.amber },
];

const countOf = (summary: RatingSummary, score: number): number => summary.distribution.find((entry) => entry.score === score)?.count ?? 0;
const average = (summary: RatingSummary): string => (summary.average === null ? 'Chưa có' : `${formatNumber(summary.average)}/5`);

export function SatisfactionSection({ satisfaction }: { satisfaction: DashboardResponse['satisfaction'] }) {
  const { filings, handoffs } = satisfaction;
  const scores = [1, 2, 3, 4, 5];
  return (
    <FigureSection id="satisfaction-title" title="Mức độ hài lòng" note="Điểm người dân chấm từ 1 (rất không hài lòng) đến 5 (rất hài lòng), cho hồ sơ và cho lần được cán bộ hỗ trợ trong chat.">
      {filings.count + handoffs.count === 0 ? (
        <p className="empty-note">Chưa có lượt đánh giá nào trong kỳ này.</p>
      ) : (
        <BarFigure data={scores.map((score) => ({ score: `${score} điểm`, filings: countOf(filings, score), handoffs: countOf(handoffs, score) }))} categoryKey="score" series={SERIES} />
      )}
      <FigureTable
        caption="Số lượt đánh giá theo điểm"
        headers={['Điểm', 'Hồ sơ', 'Hỗ trợ của cán bộ']}
        rows={[
          ...scores.map((score) => ({ label: `${score} điểm`, cells: [formatNumber(countOf(filings, score)), formatNumber(countOf(handoffs, score))] })),
          { label: 'Tổng số lượt', cells: [formatNumber(filings.count), formatNumber(handoffs.count)] },
          { label: 'Điểm trung bình', cells: [average(filings), average(handoffs)] },
        ]}
      />
    </FigureSection>
  );
}
