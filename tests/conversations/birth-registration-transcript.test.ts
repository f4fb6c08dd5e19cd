/**
 * A worried parent registers a birth by chat, typing without diacritics, making mistakes,
 * going back, changing an answer, and coming back after the server restarts mid-flow.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript } from '../support/chat-transcript';

describe('birth registration by chat', () => {
  it('walks from "xin chao" to a receipt, forgiving mistakes along the way', () => {
    const chat = new ChatTranscript();
    expect(chat.send('xin chao')).toMatch(/Xin chào! .*\n[\s\S]*1\. /);
    expect(chat.send('lam giay khai sinh cho con')).toContain('📋 Đăng ký khai sinh');
    expect(chat.send('co')).toContain('Câu 1/5: Trẻ đã từng được đăng ký khai sinh ở đâu chưa?');
    expect(chat.send('khong')).toContain('Câu 2/5');
    expect(chat.send('dạ không ạ')).toContain('Câu 3/5: Ai sẽ đi đăng ký khai sinh cho trẻ?');

    // A reply the bot cannot place among the options is re-asked, not stored.
    const unclear = chat.send('hang xom');
    expect(unclear).toContain('⚠️ Chưa rõ bạn chọn mục nào');
    expect(unclear).toContain('Câu 3/5');
    expect(chat.state?.session?.answers.registrant_relationship).toBeUndefined();

    expect(chat.send('toi la me')).toContain('Câu 4/5: Trẻ sinh ngày nào?');
    expect(chat.send('30/02/2026')).toMatch(/⚠️ .*ngày/i);
    expect(chat.send('quay lai')).toContain('Câu 3/5');
    expect(chat.send('bo')).toContain('Câu 4/5');
    expect(chat.send('1/3/2026')).toContain('Câu 5/5');

    // "sửa 3" changes answer 3 and comes back to where we were.
    expect(chat.send('sua 3')).toContain('Câu 3/5');
    expect(chat.send('2')).toContain('Câu 5/5');
    expect(chat.state?.session?.answers.registrant_relationship).toBe('relative');

    const result = chat.send('giay chung sinh');
    expect(result).toContain('✅ Bạn đủ điều kiện');
    expect(result).toContain('Giấy chứng sinh (bản chính)');
    expect(result).toContain('Lệ phí: miễn phí');
    expect(result).toContain('Bạn có muốn nộp hồ sơ trực tuyến');

    expect(chat.send('co')).toContain('🔒');
    expect(chat.send('dong y')).toContain('Thông tin 1/6: Họ và tên dự kiến của trẻ?');
    expect(chat.send('Nguyễn Hoàng Nam')).toContain('Thông tin 2/6');
    expect(chat.send('con trai')).toContain('Thông tin 3/6');
    expect(chat.send('Trần Thị Mai')).toContain('Thông tin 4/6');
    expect(chat.send('12345')).toMatch(/⚠️ .*12/);
    expect(chat.send('001 190 012 345')).toContain('Thông tin 5/6');
    expect(chat.send('0912.345.678')).toContain('Thông tin 6/6');
    const review = chat.send('so 5 ngo 10, phuong Ba Dinh, Ha Noi');
    expect(review).toContain('📝 Vui lòng kiểm tra lại thông tin');
    expect(review).toContain('Nguyễn Hoàng Nam');
    expect(review).toContain('0912 345 678');

    // Change the phone number from the review page, then return to it.
    const phoneLine = review.split('\n').find((line) => line.includes('Số điện thoại')) ?? '';
    const number = phoneLine.split('.')[0];
    expect(chat.send(`sua ${number}`)).toContain('Số điện thoại liên hệ?');
    expect(chat.send('0987654321')).toContain('0987 654 321');

    const receipt = chat.send('xac nhan');
    expect(receipt).toContain('✅ Đã nộp hồ sơ "Đăng ký khai sinh"');
    expect(receipt).toContain('Mã hồ sơ: 5GHB-4875-3');
    expect(chat.effects.filter((e) => e.type === 'submitFiling')).toHaveLength(1);
  });

  it('tells a late registrant the fee is set by the province', () => {
    const chat = new ChatTranscript();
    expect(chat.send('dang ky khai sinh')).toContain('📋 Đăng ký khai sinh');
    for (const text of ['1', 'khong', 'khong', 'cha', '01/01/2026', '1']) chat.send(text);
    const priority = chat.send('khong');
    expect(priority).toContain('Lệ phí đăng ký khai sinh quá hạn 60 ngày: mức do HĐND tỉnh quy định');
  });

  it('sends a resident whose child is already registered to the copy-extract procedure', () => {
    const chat = new ChatTranscript();
    expect(chat.send('khai sinh')).toContain('1. Đăng ký khai sinh');
    expect(chat.send('1')).toContain('📋 Đăng ký khai sinh');
    chat.send('1');
    const reply = chat.send('co roi');
    expect(reply).toContain('➡️ Trường hợp của bạn cần một thủ tục khác.');
    expect(reply).toContain('Căn cứ: Điều 13, Luật Hộ tịch 60/2014/QH13');
    expect(chat.send('1')).toContain('📋 Cấp bản sao trích lục hộ tịch');
  });
});
