/** Why a conversation came to a human, in an official's words. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';

const REASONS: Record<HandoffItem['reason'], string> = {
  requested: 'Người dân yêu cầu gặp cán bộ',
  rule: 'Trường hợp cần cán bộ xem xét theo quy định',
  notUnderstood: 'Bot chưa hiểu câu hỏi của người dân',
  officialTookOver: 'Cán bộ đã nhắn trực tiếp trong OA',
};

export const reasonLabel = (reason: HandoffItem['reason']): string => REASONS[reason];
