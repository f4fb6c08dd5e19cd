/** The period's filings in five numbers: received, in progress, decided, overdue in progress, share filed online. */
import type { FilingFigures } from '../../../../../shared/api/console-dashboard-schemas';
import { FigureTiles } from './figure-tiles';
import { formatNumber, formatPercent } from './format-figure';

export function SummaryTiles({ figures }: { figures: FilingFigures }) {
  return (
    <FigureTiles
      tiles={[
        { label: 'Tiếp nhận', value: formatNumber(figures.received), note: 'hồ sơ nhận trong kỳ' },
        { label: 'Đang giải quyết', value: formatNumber(figures.inProgress), note: 'hồ sơ chưa có quyết định đến cuối kỳ' },
        { label: 'Đã giải quyết', value: formatNumber(figures.resolved), note: 'hồ sơ có quyết định trong kỳ' },
        { label: 'Đang giải quyết quá hạn', value: formatNumber(figures.inProgressOverdue), note: 'trong số hồ sơ đang giải quyết', warn: figures.inProgressOverdue > 0 },
        { label: 'Nộp trực tuyến', value: formatPercent(figures.onlinePercent), note: `${formatNumber(figures.receivedOnline)} trên ${formatNumber(figures.received)} hồ sơ qua chat hoặc Mini App` },
      ]}
    />
  );
}
