/**
 * The office cancels a slot that has bookings: rather than refuse (the office may really have to
 * close), the slot and its appointments are cancelled together and each resident is told. Chat
 * residents within the notice window get a Zalo message through the outbox (same delivery and
 * retries as every reply; Zalo refuses it later than that, see zalo-notice-refusal.ts); the others,
 * and Mini-App-only residents, who have no OA chat, see "cancelled by the office" in "Lịch hẹn của tôi".
 */
import type { Services } from '../app/services';
import { appointmentTimeText } from '../api/appointment-time-text';
import { procedureNameOf } from '../api/bookable-procedure';
import { queueMessages } from '../channel/outbox-message';
import { vietnamClock } from '../../shared/rules/calendar';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { findSlot, type AppointmentSlotRow } from '../storage/appointment-slot-store';
import { cancelSlotWithAppointments } from '../storage/appointment-slot-cancellation-store';
import { appointmentConsoleErrors } from './appointment-console-errors';
import { zaloNoticeRefusal } from './zalo-notice-refusal';

function cancellationMessage(services: Services, slot: AppointmentSlotRow, procedureId: string, reason: string | undefined, now: string): string {
  const name = procedureNameOf(services.catalog, procedureId, vietnamClock(now).date)?.vi ?? 'thủ tục của anh/chị';
  const because = reason ? ` (lý do: ${reason})` : '';
  return (
    `Kính gửi anh/chị: lịch hẹn "${name}" lúc ${appointmentTimeText(slot)} đã bị hủy vì cơ quan không thể tiếp nhận vào giờ này${because}. ` +
    `Chúng tôi thành thật xin lỗi. Anh/chị vui lòng đặt lại một giờ khác trong Mini App, mục "Lịch hẹn của tôi": ${services.miniAppUrl()}`
  );
}

export async function cancelAppointmentSlot(services: Services, slotId: number, by: { staffId: number; reason: string | undefined }) {
  const clock = services.clock();
  const now = clock.toISOString();
  const result = await inTransaction(services.db, async (trx) => {
    const done = await cancelSlotWithAppointments(trx, slotId, now);
    if (!done) throw (await findSlot(trx, slotId)) ? appointmentConsoleErrors.slotAlreadyCancelled() : appointmentConsoleErrors.slotNotFound();
    let messagesQueued = 0;
    for (const appointment of done.cancelled) {
      if (await zaloNoticeRefusal(trx, services, appointment.user_id, clock)) continue;
      const text = cancellationMessage(services, done.slot, appointment.procedure_id, by.reason, now);
      await queueMessages(trx, services.cipher, { userId: appointment.user_id, inboxId: null, texts: [text], by: 'official', createdAt: now });
      messagesQueued += 1;
    }
    await recordAudit(trx, {
      at: now,
      userId: by.staffId,
      action: 'appointment-slot.cancelled',
      subjectType: 'appointment_slot',
      subjectId: String(slotId),
      detail: { appointments: done.cancelled.length, messagesQueued },
    });
    return { slot: done.slot, cancelledAppointments: done.cancelled.length, messagesQueued, shownOnlyInMiniApp: done.cancelled.length - messagesQueued };
  });
  services.wake.outbox();
  services.live.publish('appointments');
  return result;
}
