/** Where a prepared filing stands, in words: waiting for the resident's 1, filed, declined, or lapsed. */
import type { AssistedFilingItem } from '../../../../../shared/api/console-assisted-filing-schemas';

export function assistedStatusText(item: Pick<AssistedFilingItem, 'status' | 'cancelReason'>): string {
  switch (item.status) {
    case 'pending':
      return 'Chờ người dân xác nhận';
    case 'confirmed':
      return 'Người dân đã xác nhận, hồ sơ đã được nộp';
    case 'expired':
      return 'Hết hạn: người dân không trả lời, hồ sơ không được nộp';
    case 'cancelled':
      if (item.cancelReason === 'declined') return 'Người dân đã từ chối, hồ sơ không được nộp';
      if (item.cancelReason === 'unanswered') return 'Đã hủy: người dân nhắn việc khác thay vì trả lời, hồ sơ không được nộp';
      if (item.cancelReason === 'outdated') return 'Đã hủy: quy định của thủ tục đã thay đổi trước khi người dân xác nhận. Hãy chuẩn bị lại hồ sơ';
      if (item.cancelReason === 'outdated') return 'Đã hủy: quy định của thủ tục đã thay đổi khi người dân xác nhận, hồ sơ không được nộp; hãy chuẩn bị lại';
      return 'Đã hủy, hồ sơ không được nộp';
  }
}
