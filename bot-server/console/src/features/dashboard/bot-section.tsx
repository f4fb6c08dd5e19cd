/**
 * How the chat bot did over the whole deployment: residents it served alone, how often it handed
 * over to an official and how fast officials first answered, and what it could not place.
 */
import type { BotFigures } from '../../../../../shared/api/console-dashboard-schemas';
import { FigureSection } from './figure-section';
import { FigureTiles } from './figure-tiles';
import { FigureTable } from './figure-table';
import { formatNumber, formatPercent, NO_DATA } from './format-figure';

export function BotSection({ bot }: { bot: BotFigures }) {
  const tiles = [
    { label: 'Người dân nhắn tin cho OA', value: formatNumber(bot.conversations), note: 'người trong kỳ' },
    { label: 'Bot tự hỗ trợ, không cần cán bộ', value: formatPercent(bot.withoutHumanPercent), note: `${formatNumber(bot.withoutHuman)} người` },
    { label: 'Tỷ lệ chuyển cán bộ', value: formatPercent(bot.handoffRatePercent), note: `${formatNumber(bot.handedOff)} người; ${formatNumber(bot.handoffsOpened)} yêu cầu` },
    {
      label: 'Thời gian đến câu trả lời đầu tiên của cán bộ',
      value: bot.medianFirstReplyMinutes === null ? NO_DATA : `${formatNumber(bot.medianFirstReplyMinutes)} phút`,
      note: `trung vị, trên ${formatNumber(bot.answeredHandoffs)} yêu cầu đã được trả lời`,
    },
  ];
  return (
    <FigureSection id="bot-title" title="Chat bot" note="Tính trên toàn bộ OA, không theo thủ tục (một cuộc trò chuyện có thể hỏi nhiều thủ tục).">
      <FigureTiles tiles={tiles} />
      <h3>Câu bot chưa xếp được vào thủ tục nào</h3>
      {bot.unplacedTop.length === 0 ? (
        <p className="empty-note">Không có câu nào trong kỳ này.</p>
      ) : (
        <FigureTable
          caption={`Thường gặp nhất trước; tổng cộng ${formatNumber(bot.unplacedTotal)} tin nhắn. Số điện thoại và số giấy tờ đã được che.`}
          headers={['Câu người dân gõ', 'Số lần']}
          rows={bot.unplacedTop.map((phrasing) => ({ label: phrasing.text, cells: [formatNumber(phrasing.count)] }))}
        />
      )}
    </FigureSection>
  );
}
