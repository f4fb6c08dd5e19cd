/**
 * The errors a resident can meet when booking, moving or cancelling an appointment (lịch hẹn),
 * declared once with stable codes; each says in plain Vietnamese what to do next.
 */
import { BadRequestError, HttpError, NotFoundError } from '../app/http-errors';
import { appointmentTimeText } from '../api/appointment-time-text';

export const appointmentErrors = {
  procedureNotBookable: () =>
    new BadRequestError(
      'PROCEDURE_NOT_BOOKABLE',
      'Thủ tục này không cần đến cơ quan trực tiếp nên không cần đặt lịch hẹn. Hãy xem cách nộp trên trang thủ tục.',
      'This procedure needs no visit to the office, so there is nothing to book. See how to file it on its page.',
    ),
  slotNotFound: () => new NotFoundError('SLOT_NOT_FOUND', 'Không tìm thấy giờ hẹn này. Hãy tải lại danh sách giờ trống rồi chọn lại.', 'No such time. Reload the free times and choose again.'),
  slotFull: () =>
    new HttpError(409, 'SLOT_FULL', 'Giờ hẹn này vừa hết chỗ. Bạn vui lòng chọn một giờ khác còn trống.', 'This time has just been fully booked. Please choose another free time.'),
  slotUnavailable: () =>
    new HttpError(
      409,
      'SLOT_UNAVAILABLE',
      'Giờ hẹn này không còn nhận đặt lịch (đã qua hoặc cơ quan đã hủy). Bạn vui lòng chọn một giờ khác.',
      'This time no longer takes bookings (it has passed or the office cancelled it). Please choose another time.',
    ),
  slotNotForProcedure: () =>
    new BadRequestError(
      'SLOT_NOT_FOR_PROCEDURE',
      'Giờ hẹn này không dành cho thủ tục bạn chọn. Hãy chọn một giờ trong danh sách của thủ tục này.',
      'This time is not for the procedure you chose. Pick a time from this procedure’s list.',
    ),
  alreadyBooked: (slot: { date: string; start_time: string }) =>
    new HttpError(
      409,
      'ALREADY_BOOKED',
      `Bạn đã có lịch hẹn cho thủ tục này lúc ${appointmentTimeText(slot)}. Nếu muốn đổi giờ, hãy chọn "Đổi giờ" trong "Lịch hẹn của tôi".`,
      `You already have an appointment for this procedure at ${slot.start_time} on ${slot.date}. To change it, use "Change time" in "My appointments".`,
    ),
  requestIdReused: () =>
    new BadRequestError('REQUEST_ID_REUSED', 'Yêu cầu đặt lịch này đã được gửi với một giờ khác. Hãy tải lại trang rồi thử lại.', 'This booking request was already sent for another time. Reload and try again.'),
  appointmentNotFound: () =>
    new NotFoundError('APPOINTMENT_NOT_FOUND', 'Không tìm thấy lịch hẹn này trong tài khoản của bạn. Hãy mở lại "Lịch hẹn của tôi".', 'No such appointment in your account. Open "My appointments" again.'),
  appointmentNotActive: () =>
    new HttpError(
      409,
      'APPOINTMENT_NOT_ACTIVE',
      'Lịch hẹn này đã được hủy hoặc đã đổi sang giờ khác. Hãy mở lại "Lịch hẹn của tôi" để xem lịch hiện tại.',
      'This appointment was cancelled or moved to another time. Open "My appointments" again to see the current one.',
    ),
  appointmentPast: () =>
    new HttpError(
      409,
      'APPOINTMENT_PAST',
      'Giờ hẹn này đã bắt đầu hoặc đã qua nên không thể đổi hay hủy. Nếu cần, bạn hãy đặt một lịch hẹn mới.',
      'This appointment has started or passed, so it cannot be changed or cancelled. Book a new one if you need to.',
    ),
};
