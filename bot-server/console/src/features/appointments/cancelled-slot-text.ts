/** What cancelling a slot did: how many appointments went with it, and how many residents were told on Zalo. */
import type { z } from 'zod';
import type { cancelSlotResponseSchema } from '../../../../../shared/api/appointment-api-schemas';

type CancelResult = z.infer<typeof cancelSlotResponseSchema>;

export function cancelledSlotText(when: string, result: CancelResult): string {
  const done = `Đã hủy khung giờ ${when}.`;
  if (result.cancelledAppointments === 0) return `${done} Không có lịch hẹn nào bị ảnh hưởng.`;
  const inApp = result.cancelledAppointments - result.messagesQueued;
  const told = result.messagesQueued > 0 ? ` Đã gửi tin báo qua Zalo cho ${result.messagesQueued} người dân.` : '';
  const shown = inApp > 0 ? ` ${inApp} người dân đặt qua Mini App sẽ thấy việc hủy trong mục “Lịch hẹn của tôi”.` : '';
  return `${done} ${result.cancelledAppointments} lịch hẹn bị hủy.${told}${shown}`;
}
