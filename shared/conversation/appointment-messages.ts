/**
 * What the chat says about appointments (lịch hẹn): Vietnamese first, English second,
 * {placeholders} filled by `appointmentMessage`. Every message says what to do next.
 */
import type { Language } from '../i18n/language';

const MESSAGES = {
  place: { vi: 'Bộ phận Một cửa, UBND xã/phường', en: 'the one-stop desk of the commune office' },
  bookingHint: {
    vi: '(Thủ tục này cần đến trực tiếp. Gõ "đặt lịch hẹn" để chọn giờ đến, đỡ phải chờ.)',
    en: '(You must come in person for this one. Type "book appointment" to pick a time and wait less.)',
  },
  pickProcedure: { vi: 'Bạn muốn đặt lịch hẹn cho thủ tục nào? Gõ số để chọn:', en: 'Which procedure would you like an appointment for? Type a number:' },
  notBookable: {
    vi: 'Thủ tục "{procedure}" không cần đến trực tiếp nên không cần đặt lịch hẹn.',
    en: '"{procedure}" needs no visit to the office, so there is no appointment to book.',
  },
  noneBookable: {
    vi: 'Hiện chưa có thủ tục nào nhận đặt lịch hẹn. Bạn có thể đến Bộ phận Một cửa trong giờ làm việc, hoặc gõ "gặp cán bộ" để được hỗ trợ.',
    en: 'No procedure takes appointments at the moment. You can come to the one-stop desk during office hours, or type "official" for help.',
  },
  slotsTitle: { vi: 'Các giờ còn trống để đến làm "{procedure}":', en: 'Free times to come for "{procedure}":' },
  slotsTitleMove: { vi: 'Các giờ còn trống để đổi lịch hẹn "{procedure}" (đang hẹn {from}):', en: 'Free times to move "{procedure}" to (now booked {from}):' },
  slotLine: { vi: '{number}. {day} {start}–{end} (còn {free} chỗ)', en: '{number}. {day} {start}–{end} ({free} left)' },
  slotsFooter: {
    vi: 'Gõ số để chọn giờ, "thêm" để xem giờ muộn hơn, hoặc "hủy" để thôi.',
    en: 'Type a number to choose, "more" for later times, or "cancel" to stop.',
  },
  slotsFooterLast: { vi: 'Gõ số để chọn giờ, hoặc "hủy" để thôi.', en: 'Type a number to choose, or "cancel" to stop.' },
  noMoreSlots: { vi: 'Không còn giờ trống nào muộn hơn các giờ dưới đây.', en: 'There are no free times later than these.' },
  noFreeSlots: {
    vi: 'Hiện chưa còn giờ hẹn trống cho "{procedure}". Bạn có thể đến Bộ phận Một cửa trong giờ làm việc, hoặc vài hôm nữa gõ lại "đặt lịch hẹn" khi xã mở thêm giờ.',
    en: 'There are no free times for "{procedure}" right now. You can come to the one-stop desk during office hours, or type "book appointment" again in a few days when more times open.',
  },
  noFreeSlotsMove: {
    vi: 'Hiện chưa còn giờ trống khác cho "{procedure}", nên lịch hẹn {from} của bạn vẫn giữ nguyên. Vài hôm nữa bạn gõ lại "đổi lịch hẹn" nhé.',
    en: 'There are no other free times for "{procedure}", so your appointment {from} stays as it is. Type "change appointment" again in a few days.',
  },
  confirmBooking: {
    vi: 'Bạn muốn đặt lịch hẹn "{procedure}" lúc {time} tại {place}?\n1. Xác nhận đặt lịch\n2. Chọn giờ khác\n(Gõ "hủy" để thôi.)',
    en: 'Book "{procedure}" at {time} at {place}?\n1. Confirm the booking\n2. Choose another time\n(Type "cancel" to stop.)',
  },
  confirmMove: {
    vi: 'Bạn muốn đổi lịch hẹn "{procedure}" từ {from} sang {time}?\n1. Xác nhận đổi giờ\n2. Chọn giờ khác\n(Gõ "hủy" để giữ giờ cũ.)',
    en: 'Move "{procedure}" from {from} to {time}?\n1. Confirm the new time\n2. Choose another time\n(Type "cancel" to keep the old time.)',
  },
  slotTaken: {
    vi: 'Xin lỗi, giờ {time} vừa hết chỗ nên chưa đặt được. Bạn vui lòng chọn một giờ khác còn trống:',
    en: 'Sorry, {time} is no longer free, so nothing was booked. Please choose another free time:',
  },
  booked: { vi: 'Đã đặt lịch hẹn "{procedure}".', en: 'Your appointment for "{procedure}" is booked.' },
  moved: { vi: 'Đã đổi lịch hẹn "{procedure}" sang giờ mới; giờ cũ đã được nhường cho người khác.', en: 'Your appointment for "{procedure}" has moved to the new time; the old one has been given up.' },
  when: { vi: 'Thời gian: {time}', en: 'When: {time}' },
  where: { vi: 'Địa điểm: {place}', en: 'Where: {place}' },
  papersTitle: { vi: 'Giấy tờ mang theo:', en: 'Papers to bring:' },
  morePapersMaybe: {
    vi: '(Tùy trường hợp có thể cần thêm giấy tờ; gõ tên thủ tục để xem đầy đủ.)',
    en: '(More papers may be needed in some cases; type the procedure’s name for the full list.)',
  },
  changeHint: {
    vi: 'Bạn vui lòng đến trước giờ hẹn khoảng 10 phút. Muốn đổi giờ, gõ "đổi lịch hẹn"; muốn hủy, gõ "hủy lịch hẹn"; xem lại, gõ "lịch hẹn của tôi".',
    en: 'Please arrive about 10 minutes early. To change the time, type "change appointment"; to cancel, "cancel appointment"; to see it again, "my appointments".',
  },
  cancelled: {
    vi: 'Đã hủy lịch hẹn "{procedure}" lúc {time}; chỗ của bạn đã được nhường cho người khác. Khi cần, bạn gõ "đặt lịch hẹn" để đặt lại.',
    en: 'Your appointment for "{procedure}" at {time} is cancelled and the place given to someone else. Type "book appointment" to book again when you need.',
  },
  alreadyBooked: {
    vi: 'Bạn đã có lịch hẹn "{procedure}" lúc {time}. Muốn đổi sang giờ khác, gõ "đổi lịch hẹn"; muốn hủy, gõ "hủy lịch hẹn".',
    en: 'You already have an appointment for "{procedure}" at {time}. To change it, type "change appointment"; to cancel it, "cancel appointment".',
  },
  mineTitle: { vi: 'Lịch hẹn sắp tới của bạn:', en: 'Your upcoming appointments:' },
  mineLine: { vi: '{number}. {procedure}: {time}', en: '{number}. {procedure}: {time}' },
  mineFooter: {
    vi: 'Địa điểm: {place}. Muốn đổi giờ, gõ "đổi lịch hẹn"; muốn hủy, gõ "hủy lịch hẹn".',
    en: 'Where: {place}. To change a time, type "change appointment"; to cancel, "cancel appointment".',
  },
  noneMine: { vi: 'Bạn chưa có lịch hẹn nào sắp tới. Muốn đặt lịch, bạn gõ "đặt lịch hẹn".', en: 'You have no upcoming appointments. To book one, type "book appointment".' },
  pickToMove: { vi: 'Bạn muốn đổi lịch hẹn nào? Gõ số để chọn:', en: 'Which appointment would you like to change? Type a number:' },
  pickToCancel: { vi: 'Bạn muốn hủy lịch hẹn nào? Gõ số để chọn:', en: 'Which appointment would you like to cancel? Type a number:' },
  pickFooter: { vi: '(Gõ "thôi" nếu không muốn thay đổi gì.)', en: '(Type "stop" to leave everything as it is.)' },
  confirmCancel: {
    vi: 'Bạn có chắc muốn hủy lịch hẹn "{procedure}" lúc {time}?\n1. Có, hủy lịch hẹn\n2. Không, giữ lịch hẹn',
    en: 'Cancel your appointment for "{procedure}" at {time}?\n1. Yes, cancel it\n2. No, keep it',
  },
  kept: { vi: 'Dạ, lịch hẹn "{procedure}" lúc {time} vẫn giữ nguyên. Bạn cần gì thêm cứ nhắn cho tôi nhé.', en: 'Your appointment for "{procedure}" at {time} stays as it is. Message me any time you need something.' },
  stoppedBooking: { vi: 'Dạ, tôi đã dừng; chưa đặt lịch hẹn nào. Khi cần, bạn gõ "đặt lịch hẹn".', en: 'Stopped; nothing was booked. Type "book appointment" whenever you need.' },
  stoppedChange: { vi: 'Dạ, tôi đã dừng; lịch hẹn của bạn vẫn giữ nguyên.', en: 'Stopped; your appointments stay as they are.' },
  pickNumber: { vi: 'Xin lỗi, tôi chưa hiểu. Bạn vui lòng gõ một số từ 1 đến {count}.', en: 'Sorry, I did not understand. Please type a number from 1 to {count}.' },
  pickTheOne: { vi: 'Xin lỗi, tôi chưa hiểu. Bạn vui lòng gõ 1 để chọn.', en: 'Sorry, I did not understand. Please type 1 to choose it.' },
  pickOneOrTwo: { vi: 'Xin lỗi, tôi chưa hiểu. Bạn vui lòng gõ 1 hoặc 2.', en: 'Sorry, I did not understand. Please type 1 or 2.' },
  leftBooking: {
    vi: 'Tôi vẫn chưa hiểu nên chưa đặt lịch hẹn nào. Khi cần, bạn gõ "đặt lịch hẹn" để bắt đầu lại, hoặc "gặp cán bộ" để được hỗ trợ.',
    en: 'I still did not understand, so nothing was booked. Type "book appointment" to start again, or "official" for help.',
  },
  leftChange: {
    vi: 'Tôi vẫn chưa hiểu nên chưa thay đổi lịch hẹn nào. Khi cần, bạn gõ "lịch hẹn của tôi" để xem lại, hoặc "gặp cán bộ" để được hỗ trợ.',
    en: 'I still did not understand, so no appointment was changed. Type "my appointments" to see them, or "official" for help.',
  },
  notActive: {
    vi: 'Lịch hẹn này đã được hủy hoặc đổi trước đó nên tôi không thay đổi gì. Gõ "lịch hẹn của tôi" để xem lịch hiện tại.',
    en: 'This appointment was already cancelled or moved, so nothing was changed. Type "my appointments" to see the current ones.',
  },
  started: {
    vi: 'Giờ hẹn này đã bắt đầu hoặc đã qua nên không thể đổi hay hủy. Nếu cần, bạn gõ "đặt lịch hẹn" để đặt lịch mới.',
    en: 'This appointment has started or passed, so it cannot be changed or cancelled. Type "book appointment" to book a new one if you need.',
  },
} as const;

export type AppointmentMessageKey = keyof typeof MESSAGES;

export function appointmentMessage(key: AppointmentMessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  const text: string = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
