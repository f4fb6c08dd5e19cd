/**
 * Booking, moving and cancelling an appointment (lịch hẹn) in the chat, turn by turn. The layer is
 * pure: the free times and the resident's appointments come in the context, as the server loads
 * them before such a turn, and every change goes out as an effect. The state is saved as JSON and
 * reloaded between turns, as the server does.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript, chatContext } from '../support/chat-transcript';
import { morningOf } from '../support/real-catalog';
import { converse } from '../../shared/conversation/converse';
import { slotTakenTurn } from '../../shared/conversation/appointment-offers';
import { detectAppointmentCommand, needsAppointmentData } from '../../shared/conversation/detect-appointment-command';
import { initialConversation } from '../../shared/conversation/initial-conversation';
import { AppointmentDataMissingError, type ActiveAppointment, type AppointmentData, type FreeSlot } from '../../shared/conversation/appointment-types';

const MARRIAGE = 'marriage-registration';
const COPY = 'certified-copy';
/** Monday 2 March 2026, 09:00 in Vietnam. */
const NOW = morningOf('2026-03-02');

const slot = (id: number, date: string, startTime: string, free = 3): FreeSlot => {
  const [hour = 0, minute = 0] = startTime.split(':').map(Number);
  const end = hour * 60 + minute + 30;
  return { id, date, startTime, endTime: `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`, free };
};

/** Eight free times over four days: a first page of six, and two more. */
const FREE: FreeSlot[] = [
  slot(11, '2026-03-03', '08:00', 2),
  slot(12, '2026-03-03', '08:30'),
  slot(13, '2026-03-04', '08:00', 1),
  slot(14, '2026-03-04', '08:30'),
  slot(15, '2026-03-05', '08:00'),
  slot(16, '2026-03-05', '08:30'),
  slot(17, '2026-03-06', '14:00'),
  slot(18, '2026-03-06', '14:30'),
];

const held = (id: number, procedureId: string, free: FreeSlot): ActiveAppointment => ({ id, procedureId, slot: { id: free.id, date: free.date, startTime: free.startTime, endTime: free.endTime } });

function chatWith(data: Partial<AppointmentData> = {}): ChatTranscript {
  return new ChatTranscript(chatContext({ now: NOW, appointments: { freeSlots: { [MARRIAGE]: FREE, [COPY]: FREE.slice(0, 2) }, mine: [], ...data } }));
}

const changes = (chat: ChatTranscript) => chat.effects.filter((effect) => effect.type.endsWith('Appointment'));

describe('appointment commands', () => {
  it.each([
    ['đặt lịch hẹn', { intent: 'book', named: '' }],
    ['dat lich', { intent: 'book', named: '' }],
    ['Dạ cho em đặt lịch hẹn ạ', { intent: 'book', named: '' }],
    ['đặt lịch nộp hồ sơ kết hôn', { intent: 'book', named: 'ket hon' }],
    ['book an appointment for marriage registration', { intent: 'book', named: 'marriage registration' }],
    ['lịch hẹn của tôi', { intent: 'list' }],
    ['lich hen cua toi', { intent: 'list' }],
    ['my appointments', { intent: 'list' }],
    ['đổi lịch hẹn', { intent: 'move', named: '' }],
    ['doi gio hen', { intent: 'move', named: '' }],
    ['reschedule', { intent: 'move', named: '' }],
    ['hủy lịch hẹn kết hôn', { intent: 'cancel', named: 'ket hon' }],
    ['huy lich', { intent: 'cancel', named: '' }],
    ['cancel my appointment', { intent: 'cancel', named: '' }],
  ])('reads "%s"', (text, command) => {
    expect(detectAppointmentCommand(text)).toEqual(command);
  });

  it.each(['hủy', 'đăng ký kết hôn', 'lịch', 'đổi 2', 'sửa 3'])('leaves "%s" to the other commands and the search', (text) => {
    expect(detectAppointmentCommand(text)).toBeUndefined();
  });

  it('tells the server when to load the calendar: an appointment command, or an appointment answer awaited', () => {
    expect(needsAppointmentData(undefined, { kind: 'text', text: 'đặt lịch hẹn' })).toBe(true);
    expect(needsAppointmentData(undefined, { kind: 'text', text: '1' })).toBe(false);
    expect(needsAppointmentData({ ...initialConversation(), awaiting: 'appointment' }, { kind: 'text', text: '1' })).toBe(true);
    expect(needsAppointmentData({ ...initialConversation(), mode: 'handoff' }, { kind: 'text', text: 'đặt lịch hẹn' })).toBe(false);
    expect(() => converse(undefined, { kind: 'text', text: 'đặt lịch hẹn' }, chatContext({ now: NOW }))).toThrow(AppointmentDataMissingError);
  });
});

describe('booking by chat', () => {
  it('books the named procedure: free times by day, a number, a confirmation, then the effect', () => {
    const chat = chatWith();
    const list = chat.send('đặt lịch nộp hồ sơ kết hôn');
    expect(list).toContain('Các giờ còn trống để đến làm "Đăng ký kết hôn":');
    expect(list).toContain('1. Thứ Ba 03/03 08:00–08:30 (còn 2 chỗ)');
    expect(list).toContain('3. Thứ Tư 04/03 08:00–08:30 (còn 1 chỗ)');
    expect(list).toContain('(còn 3 chỗ)\n\n3. Thứ Tư'); // a blank line between days
    expect(list).not.toContain('7. ');
    expect(list).toContain('Gõ số để chọn giờ, "thêm" để xem giờ muộn hơn, hoặc "hủy" để thôi.');

    const confirm = chat.send('3');
    expect(confirm).toContain('Bạn muốn đặt lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Tư 04/03/2026 tại Bộ phận Một cửa, UBND xã/phường?');
    expect(confirm).toContain('1. Xác nhận đặt lịch\n2. Chọn giờ khác');
    expect(changes(chat)).toEqual([]);

    expect(chat.send('Dạ xác nhận ạ')).toBe(''); // the server replies once the place is taken
    expect(changes(chat)).toEqual([{ type: 'bookAppointment', procedureId: MARRIAGE, slot: { id: 13, date: '2026-03-04', startTime: '08:00', endTime: '08:30' } }]);
    expect(chat.state?.awaiting).toBeUndefined();
  });

  it('offers a booking when explaining a procedure that needs a visit, and books the procedure being discussed', () => {
    const chat = chatWith();
    expect(chat.send('đăng ký kết hôn')).toContain('3. Gặp cán bộ\n(Thủ tục này cần đến trực tiếp. Gõ "đặt lịch hẹn" để chọn giờ đến, đỡ phải chờ.)');
    expect(chat.send('dat lich')).toContain('Các giờ còn trống để đến làm "Đăng ký kết hôn"');
    expect(chatWith().send('đăng ký tạm trú')).not.toContain('đặt lịch hẹn');
  });

  it('asks which procedure when none is named or discussed, and says when one needs no visit', () => {
    const chat = chatWith();
    const asked = chat.send('đặt lịch hẹn');
    expect(asked).toContain('Bạn muốn đặt lịch hẹn cho thủ tục nào? Gõ số để chọn:\n1. Chứng thực bản sao từ bản chính\n2. Đăng ký kết hôn');
    expect(chat.send('1')).toContain('Các giờ còn trống để đến làm "Chứng thực bản sao từ bản chính"');

    const other = chatWith();
    const refused = other.send('đặt lịch làm giấy khai sinh');
    expect(refused).toContain('Thủ tục "Đăng ký khai sinh" không cần đến trực tiếp nên không cần đặt lịch hẹn.');
    expect(refused).toContain('1. Chứng thực bản sao từ bản chính');
    expect(other.send('kết hôn')).toContain('Các giờ còn trống để đến làm "Đăng ký kết hôn"');
  });

  it('shows later times on "thêm", and says when there are no more', () => {
    const chat = chatWith();
    chat.send('đặt lịch kết hôn');
    const more = chat.send('thêm');
    expect(more).toContain('1. Thứ Sáu 06/03 14:00–14:30 (còn 3 chỗ)\n2. Thứ Sáu 06/03 14:30–15:00');
    expect(more).toContain('Gõ số để chọn giờ, hoặc "hủy" để thôi.');
    expect(chat.send('them')).toMatch(/^Không còn giờ trống nào muộn hơn các giờ dưới đây\.\n.*\n1\. Thứ Sáu 06\/03 14:00/);
    chat.send('2');
    chat.send('1');
    expect(changes(chat)).toEqual([{ type: 'bookAppointment', procedureId: MARRIAGE, slot: expect.objectContaining({ id: 18 }) }]);
  });

  it('"chọn giờ khác" at the confirmation shows the list again', () => {
    const chat = chatWith();
    chat.send('đặt lịch kết hôn');
    chat.send('2');
    expect(chat.send('chọn giờ khác')).toContain('1. Thứ Ba 03/03 08:00–08:30');
    expect(changes(chat)).toEqual([]);
  });

  it('answers a time that filled up before the confirmation with an apology and the fresh list', () => {
    const chat = chatWith();
    chat.send('đặt lịch kết hôn');
    chat.send('1');
    chat.reconfigure({ appointments: { freeSlots: { [MARRIAGE]: FREE.slice(1) }, mine: [] } });
    const reply = chat.send('1');
    expect(reply).toContain('Xin lỗi, giờ 08:00–08:30, Thứ Ba 03/03/2026 vừa hết chỗ nên chưa đặt được.');
    expect(reply).toContain('1. Thứ Ba 03/03 08:30–09:00');
    expect(changes(chat)).toEqual([]);
    expect(chat.state?.appointment?.step).toBe('pickSlot');
  });

  it('gives the server the same apology and list after a race at the store', () => {
    const waiting = { ...initialConversation(), lang: 'en' as const };
    const turn = slotTakenTurn(waiting, { procedureId: MARRIAGE, moving: null, slot: FREE[0]! }, { ...chatContext({ now: NOW }), appointments: { freeSlots: { [MARRIAGE]: FREE.slice(1, 3) }, mine: [] } });
    expect(turn.replies).toHaveLength(1);
    expect(turn.replies[0]).toContain('Sorry, 08:00–08:30, Tuesday 03/03/2026 is no longer free, so nothing was booked.');
    expect(turn.replies[0]).toContain('1. Tuesday 03/03 08:30–09:00 (3 left)');
    expect(turn.state).toMatchObject({ awaiting: 'appointment', appointment: { step: 'pickSlot', shown: [{ id: 12 }, { id: 13 }] } });
  });

  it('says when nothing is free, and when the resident already holds an appointment for the procedure', () => {
    expect(chatWith({ freeSlots: { [MARRIAGE]: [] } }).send('đặt lịch kết hôn')).toContain('Hiện chưa còn giờ hẹn trống cho "Đăng ký kết hôn".');
    const holding = chatWith({ mine: [held(7, MARRIAGE, FREE[0]!)] });
    expect(holding.send('đặt lịch kết hôn')).toBe('Bạn đã có lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 03/03/2026. Muốn đổi sang giờ khác, gõ "đổi lịch hẹn"; muốn hủy, gõ "hủy lịch hẹn".');
    expect(holding.state?.awaiting).toBeUndefined();
  });

  it('works in English when the chat is in English', () => {
    const chat = chatWith();
    chat.send('english');
    const list = chat.send('book an appointment for marriage registration');
    expect(list).toContain('Free times to come for "Marriage registration":\n1. Tuesday 03/03 08:00–08:30 (2 left)');
    expect(chat.send('1')).toContain('Book "Marriage registration" at 08:00–08:30, Tuesday 03/03/2026 at the one-stop desk of the commune office?');
    chat.send('yes');
    expect(changes(chat)).toHaveLength(1);
  });
});

describe('nothing is booked on a misunderstanding', () => {
  it('asks once more after a number out of range, then leaves politely', () => {
    const chat = chatWith();
    chat.send('đặt lịch kết hôn');
    const again = chat.send('9');
    expect(again).toContain('Xin lỗi, tôi chưa hiểu. Bạn vui lòng gõ một số từ 1 đến 6.');
    expect(again).toContain('1. Thứ Ba 03/03 08:00–08:30');
    expect(chat.send('12')).toBe('Tôi vẫn chưa hiểu nên chưa đặt lịch hẹn nào. Khi cần, bạn gõ "đặt lịch hẹn" để bắt đầu lại, hoặc "gặp cán bộ" để được hỗ trợ.');
    expect(chat.state?.awaiting).toBeUndefined();
    chat.send('1');
    expect(changes(chat)).toEqual([]);
  });

  it('leaves after two replies that are not answers, and handles the second as usual', () => {
    const chat = chatWith();
    chat.send('đặt lịch kết hôn');
    chat.send('1');
    expect(chat.send('dừng')).toContain('Bạn vui lòng gõ 1 hoặc 2.'); // folds like "đúng": never a yes
    const after = chat.send('đăng ký tạm trú');
    expect(after).toMatch(/^Tôi vẫn chưa hiểu nên chưa đặt lịch hẹn nào/);
    expect(after).toContain('Đăng ký tạm trú');
    expect(changes(chat)).toEqual([]);
  });

  it('stops at once on "hủy" or "thôi", and obeys any other command', () => {
    const stopped = chatWith();
    stopped.send('đặt lịch kết hôn');
    expect(stopped.send('hủy')).toBe('Dạ, tôi đã dừng; chưa đặt lịch hẹn nào. Khi cần, bạn gõ "đặt lịch hẹn".');
    const official = chatWith();
    official.send('đặt lịch kết hôn');
    official.send('1');
    expect(official.send('gặp cán bộ')).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(changes(official)).toEqual([]);
  });
});

describe('my appointments, moving and cancelling by chat', () => {
  const marriage = held(7, MARRIAGE, FREE[0]!);
  const copy = held(8, COPY, FREE[1]!);

  it('lists the upcoming ones, or says there are none', () => {
    const list = chatWith({ mine: [marriage, copy] }).send('lịch hẹn của tôi');
    expect(list).toContain('Lịch hẹn sắp tới của bạn:\n1. Đăng ký kết hôn: 08:00–08:30, Thứ Ba 03/03/2026\n2. Chứng thực bản sao từ bản chính: 08:30–09:00, Thứ Ba 03/03/2026');
    expect(list).toContain('gõ "đổi lịch hẹn"');
    expect(chatWith().send('lich hen cua toi')).toBe('Bạn chưa có lịch hẹn nào sắp tới. Muốn đặt lịch, bạn gõ "đặt lịch hẹn".');
    expect(chatWith().send('đổi lịch hẹn')).toContain('Bạn chưa có lịch hẹn nào sắp tới.');
  });

  it('moves the only appointment: the other free times, a confirmation naming both, then the effect', () => {
    const chat = chatWith({ mine: [marriage] });
    const list = chat.send('đổi lịch hẹn');
    expect(list).toContain('Các giờ còn trống để đổi lịch hẹn "Đăng ký kết hôn" (đang hẹn 08:00–08:30, Thứ Ba 03/03/2026):');
    expect(list).toContain('1. Thứ Ba 03/03 08:30–09:00'); // its own time is not offered
    expect(chat.send('2')).toContain('Bạn muốn đổi lịch hẹn "Đăng ký kết hôn" từ 08:00–08:30, Thứ Ba 03/03/2026 sang 08:00–08:30, Thứ Tư 04/03/2026?');
    expect(chat.send('1')).toBe('');
    expect(changes(chat)).toEqual([{ type: 'moveAppointment', appointmentId: 7, procedureId: MARRIAGE, slot: expect.objectContaining({ id: 13 }) }]);
  });

  it('asks which appointment when there are several; "hủy" during a move keeps the old time', () => {
    const chat = chatWith({ mine: [marriage, copy] });
    expect(chat.send('đổi lịch')).toContain('Bạn muốn đổi lịch hẹn nào? Gõ số để chọn:\n1. Đăng ký kết hôn');
    expect(chat.send('2')).toContain('đổi lịch hẹn "Chứng thực bản sao từ bản chính"');
    expect(chat.send('hủy')).toBe('Dạ, tôi đã dừng; lịch hẹn của bạn vẫn giữ nguyên.');
    expect(changes(chat)).toEqual([]);
  });

  it('cancels after a yes, keeps it after a no', () => {
    const chat = chatWith({ mine: [marriage, copy] });
    expect(chat.send('hủy lịch hẹn kết hôn')).toBe('Bạn có chắc muốn hủy lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 03/03/2026?\n1. Có, hủy lịch hẹn\n2. Không, giữ lịch hẹn');
    expect(chat.send('không')).toContain('Dạ, lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 03/03/2026 vẫn giữ nguyên.');
    expect(changes(chat)).toEqual([]);

    chat.send('huy lich hen');
    chat.send('1');
    expect(chat.send('có')).toBe('');
    expect(changes(chat)).toEqual([{ type: 'cancelAppointment', appointmentId: 7 }]);
  });

  it('keeps a paused flow: after booking, "tiếp tục" goes back to the question', () => {
    const chat = chatWith();
    chat.send('đăng ký kết hôn');
    const question = chat.send('1');
    chat.send('đặt lịch hẹn');
    chat.send('1');
    chat.send('1');
    expect(changes(chat)).toHaveLength(1);
    expect(chat.send('tiếp tục')).toContain(question.split('\n').find((line) => line.endsWith('?')) ?? question);
  });
});
