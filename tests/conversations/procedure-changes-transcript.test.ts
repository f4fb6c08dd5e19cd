/**
 * When facts change under a resident: an edit that makes them not eligible mid-filing, a new
 * version of the procedure published while they were answering, a filing made on the last free
 * day, and an info-only procedure that has only a list of papers to show.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript, chatContext } from '../support/chat-transcript';
import { birthChatAtReview } from '../support/birth-filing-chat';
import { realCatalog, morningOf } from '../support/real-catalog';
import { createCatalog } from '../../shared/catalog/catalog';
import type { Procedure } from '../../shared/schema/procedure-schema';

const { procedures } = realCatalog();

describe('an edit on the review page that makes the resident not eligible', () => {
  it('drops the personal answers, and "quay lại" goes to the answer that decided it', () => {
    const chat = birthChatAtReview();
    const review = chat.lastReplies.join('\n');
    const line = review.split('\n').find((l) => l.includes('Ai sẽ đi đăng ký khai sinh')) ?? '';
    expect(chat.send(`sửa ${line.split('.')[0]}`)).toContain('Ai sẽ đi đăng ký khai sinh cho trẻ?');
    expect(chat.send('5')).toContain('❌ Bạn chưa đủ điều kiện');
    expect(chat.state?.session?.answers.registrant_citizen_id).toBeUndefined();
    expect(chat.state?.session?.answers.registrant_phone).toBeUndefined();

    expect(chat.send('quay lại')).toContain('Câu 3/5: Ai sẽ đi đăng ký khai sinh cho trẻ?');
    const again = chat.send('cha');
    expect(again).toContain('✅ Bạn đủ điều kiện');
    expect(again).toContain('Bạn có muốn nộp hồ sơ trực tuyến');
  });
});

describe('a new version published mid-flow', () => {
  it('says the procedure was updated and starts again on the new version, instead of dropping the resident', () => {
    const v1 = procedures.find((p) => p.id === 'birth-registration') as Procedure;
    const v2: Procedure = { ...v1, version: 2, effectiveFrom: '2026-03-01' };
    const others = procedures.filter((p) => p.id !== 'birth-registration');
    const chat = new ChatTranscript(chatContext({ catalog: createCatalog([...others, v1]) }));
    chat.send('đăng ký khai sinh');
    chat.send('1');
    chat.send('không');

    // An editor replaced the file and forgot to archive version 1.
    chat.reconfigure({ catalog: createCatalog([...others, v2]) });
    const reply = chat.send('không');
    expect(reply).toContain('Thủ tục này vừa được cập nhật; chúng ta bắt đầu lại với quy định mới.');
    expect(reply).toContain('Câu 1/5');
    expect(chat.state?.session?.procedureVersion).toBe(2);
  });
});

describe('a filing made on day 59 (free)', () => {
  it('sends the office the fee and papers judged at that moment', () => {
    const chat = birthChatAtReview(new ChatTranscript(chatContext({ now: morningOf('2026-04-29') })));
    chat.send('xác nhận');
    const submit = chat.effects.find((e) => e.type === 'submitFiling');
    expect(submit).toMatchObject({ fee: { total: 0, items: [] } });
    expect(submit && submit.type === 'submitFiling' && submit.documents.map((d) => d.id)).toContain('birth_notice');
  });
});

describe('an info-only procedure', () => {
  it('shows the papers to bring with the fee and time, and says "free" only once', () => {
    const chat = new ChatTranscript();
    const reply = chat.send('thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi');
    expect(reply).toContain('📋 Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi');
    expect(reply).toContain('Giấy tờ cần chuẩn bị:');
    expect(reply).toContain('Số định danh cá nhân của trẻ');
    expect(reply).toContain('Thời gian giải quyết');
    expect(reply).toContain('Lệ phí: miễn phí – ngân sách nhà nước đóng bảo hiểm y tế');
    expect(reply).not.toMatch(/miễn phí – Miễn phí/i);
    expect(chat.send('1')).toContain('Các thủ tục thường gặp');
  });
});
