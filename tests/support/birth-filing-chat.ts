import { ChatTranscript } from './chat-transcript';

/** A birth-registration chat that has reached the review page, every answer typed as residents do. */
export function birthChatAtReview(chat: ChatTranscript = new ChatTranscript()): ChatTranscript {
  chat.send('đăng ký khai sinh');
  for (const text of ['1', 'không', 'không', 'cha', '01/03/2026', '1', '1', 'đồng ý', 'Nguyễn Hoàng Nam', 'nam', 'Trần Thị Mai', '001190012345', '0912345678']) chat.send(text);
  const review = chat.send('12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh');
  if (!review.includes('Vui lòng kiểm tra lại thông tin')) throw new Error(`not at the review page: ${review}`);
  return chat;
}
