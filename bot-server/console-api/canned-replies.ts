/**
 * Ready-made replies for officials, in the register "Kỷ cương – Trách nhiệm – Tận tình – Thân thiện":
 * polite ("Dạ", "anh/chị"), specific about the next step, never curt. The console inserts one into
 * the reply box; the official edits it before sending. A fixed list for now (admins will edit it later).
 */
export const CANNED_REPLIES = [
  {
    id: 'greeting',
    title: 'Chào hỏi',
    text: 'Dạ, em chào anh/chị. Em là cán bộ bộ phận một cửa, em đã nhận được câu hỏi và xin phép hỗ trợ anh/chị ngay ạ.',
  },
  {
    id: 'checking',
    title: 'Đang kiểm tra',
    text: 'Dạ, anh/chị vui lòng chờ em ít phút để kiểm tra thông tin ạ. Em sẽ trả lời anh/chị ngay khi có kết quả.',
  },
  {
    id: 'more-info',
    title: 'Cần thêm thông tin',
    text: 'Dạ, để hỗ trợ chính xác, anh/chị vui lòng cho em biết thêm thông tin về hồ sơ (tên thủ tục và bước anh/chị đang làm) ạ.',
  },
  {
    id: 'visit-office',
    title: 'Mời đến bộ phận một cửa',
    text: 'Dạ, trường hợp của anh/chị cần cán bộ xem giấy tờ gốc. Anh/chị vui lòng mang theo giấy tờ đến bộ phận một cửa của UBND xã/phường trong giờ hành chính ạ.',
  },
  {
    id: 'closing',
    title: 'Kết thúc',
    text: 'Dạ, cảm ơn anh/chị đã liên hệ. Nếu còn vướng mắc, anh/chị cứ nhắn cho em, em luôn sẵn lòng hỗ trợ ạ.',
  },
] as const;
