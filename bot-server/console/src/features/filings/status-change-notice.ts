/**
 * What the official is told after a status change: done, and whether the resident heard of it on
 * Zalo. Outside the free reply window, or for a resident who never wrote to the OA, the change
 * shows only in the Mini App; the official needs to know that to decide whether to call.
 */
import type { FilingStatusChangeResponse, NotNotifiedReason } from '../../../../../shared/api/console-filing-schemas';
import { filingStatusLabel } from '../../lib/filing-status-label';

const WHY_NOT: Record<NotNotifiedReason, string> = {
  outsideReplyWindow: 'đã quá 48 giờ kể từ tin nhắn cuối người dân gửi cho OA',
  noZaloChat: 'người dân chưa từng nhắn tin cho OA',
};

export function statusChangeNotice(result: FilingStatusChangeResponse): string {
  const done = `Đã chuyển hồ sơ ${result.item.reference} sang “${filingStatusLabel(result.item.status)}”.`;
  if (result.notified) return `${done} Người dân đã được báo qua Zalo.`;
  return `${done} Chưa báo được người dân qua Zalo vì ${WHY_NOT[result.reason]}; người dân sẽ thấy thay đổi này khi mở Mini App (mục “Hồ sơ của tôi”).`;
}
