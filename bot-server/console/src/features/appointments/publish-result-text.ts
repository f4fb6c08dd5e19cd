/** What publishing did, in words: slots opened, slots that were there already, holidays skipped. */
import type { z } from 'zod';
import type { publishSlotsResponseSchema } from '../../../../../shared/api/appointment-api-schemas';
import { formatDate } from '../../../../../shared/validators/date-input';

type PublishResult = z.infer<typeof publishSlotsResponseSchema>;

export function publishResultText(result: PublishResult): string {
  const dates = result.created.map((slot) => slot.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const parts = [
    first && last
      ? `Đã mở ${result.created.length} khung giờ hẹn mới, ${first === last ? `ngày ${formatDate(first)}` : `từ ngày ${formatDate(first)} đến ngày ${formatDate(last)}`}.`
      : 'Không có khung giờ hẹn mới nào được mở.',
  ];
  if (result.alreadyPublished > 0) parts.push(`${result.alreadyPublished} khung giờ đã được mở từ trước nên giữ nguyên.`);
  if (result.skippedHolidays.length > 0) parts.push(`Đã bỏ qua ngày lễ: ${result.skippedHolidays.map(formatDate).join(', ')}.`);
  return parts.join(' ');
}
