/**
 * The office cancels a slot that has bookings: rather than refuse (the office may really have to
 * close), the slot and its appointments are cancelled together and each resident is told. Chat
 * residents get a Zalo message through the outbox (same delivery and retries as every reply;
 * Zalo only delivers within its window after the resident's last message); Mini-App-only
 * residents, who have no OA chat, see "cancelled by the office" in "Lịch hẹn của tôi".
 */
import type { Services } from '../app/services';
import { appointmentTimeText } from '../api/appointment-time-text';
import { procedureNameOf } from '../api/bookable-procedure';
import { queueMessages } from '../channel/outbox-message';
import { vietnamClock } from '../../shared/rules/calendar';
import { appOnlyUserId } from '../storage/app-resident-store';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { findSlot, type AppointmentSlotRow } from '../storage/appointment-slot-store';
import { cancelSlotWithAppointments } from '../storage/appointment-slot-cancellation-store';
import { appointmentConsoleErrors } from './appointment-console-errors';

/** Mini-App-only residents are keyed `app:<id>` and cannot be written to on Zalo. */
const MINI_APP_ONLY_PREFIX = appOnlyUserId('');

function cancellationMessage(services: Services, slot: AppointmentSlotRow, procedureId: string, reason: string | undefined, now: string): string {
  const name = procedureNameOf(services.catalog, procedureId, vietnamClock(now).date)?.vi ?? 'thủ tục của anh/chị';
  const because = reason ? ` (lý do: ${reason})` : '';
  return (
    `Kính gửi anh/chị: lịch hẹn "${name}" lúc ${appointmentTimeText(slot)} đã bị hủy vì cơ quan không thể tiếp nhận vào giờ này${because}. ` +
    `Chúng tôi thành thật xin lỗi. Anh/chị vui lòng đặt lại một giờ khác trong Mini App, mục "Lịch hẹn của tôi": ${services.miniAppUrl()}`
  );
}

export async function cancelAppointmentSlot(services: Services, slotId: number, by: { staffId: number; reason: string | undefined }) {
  const now = services.clock().toISOString();
  const result = await inTransaction(services.db, async (trx) => {
    const done = await cancelSlotWithAppointments(trx, slotId, now);
    if (!done) throw (await findSlot(trx, slotId)) ? appointmentConsoleErrors.slotAlreadyCancelled() : appointmentConsoleErrors.slotNotFound();
    let messagesQueued = 0;
    for (const appointment of done.cancelled) {
      if (appointment.user_id.startsWith(MINI_APP_ONLY_PREFIX)) continue;
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
    return { slot: done.slot, cancelledAppointments: done.cancelled.length, messagesQueued };
  });
  services.wake.outbox();
  services.live.publish('appointments');
  return result;
}
