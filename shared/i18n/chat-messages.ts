/**
 * Fixed chat wording, Vietnamese first. Polite, plain, and always saying what to do next
 * ("Kỷ cương – Trách nhiệm – Tận tình – Thân thiện").
 */
export const CHAT_MESSAGES = {
  greeting: {
    vi: 'Xin chào! Tôi là trợ lý thủ tục hành chính của xã/phường. Bạn cần làm thủ tục gì? Hãy gõ vài chữ, ví dụ "làm giấy khai sinh", hoặc chọn một số bên dưới.',
    en: 'Hello! I am the commune’s public-service assistant. Which procedure do you need? Type a few words, e.g. "birth registration", or pick a number below.',
  },
  welcomeFollower: {
    vi: 'Cảm ơn bạn đã quan tâm Official Account của xã/phường. Tôi có thể hướng dẫn thủ tục, giấy tờ cần mang, lệ phí và nộp hồ sơ trực tuyến.',
    en: 'Thank you for following the commune’s Official Account. I can explain procedures, the papers to bring, fees, and take simple filings online.',
  },
  menuTitle: { vi: 'Các thủ tục thường gặp:', en: 'Common procedures:' },
  menuFooter: {
    vi: 'Gõ số để chọn, hoặc gõ tên thủ tục. Gõ "gặp cán bộ" để nói chuyện với cán bộ.',
    en: 'Type a number, or the procedure’s name. Type "official" to talk to an official.',
  },
  pickOne: { vi: 'Bạn muốn hỏi thủ tục nào? Gõ số để chọn:', en: 'Which procedure do you mean? Type a number:' },
  notFound: {
    vi: 'Xin lỗi, tôi chưa hiểu bạn cần thủ tục nào. Bạn thử gõ ngắn gọn hơn, ví dụ "đăng ký tạm trú", hoặc gõ "menu" để xem danh sách.',
    en: 'Sorry, I did not understand which procedure you need. Try a few words, e.g. "temporary residence", or type "menu" for the list.',
  },
  notFoundTwice: {
    vi: 'Tôi vẫn chưa hiểu được. Tôi sẽ chuyển câu hỏi của bạn cho cán bộ.',
    en: 'I still could not understand. I am passing your question to an official.',
  },
  offerCheck: {
    vi: 'Bạn muốn làm gì tiếp?\n1. Kiểm tra điều kiện và giấy tờ cần mang (tối đa {count} câu hỏi ngắn)\n2. Hỏi thủ tục khác\n3. Gặp cán bộ',
    en: 'What next?\n1. Check eligibility and the papers to bring (at most {count} short questions)\n2. Ask about another procedure\n3. Talk to an official',
  },
  offerInfoOnly: {
    vi: 'Bạn muốn làm gì tiếp?\n1. Hỏi thủ tục khác\n2. Gặp cán bộ',
    en: 'What next?\n1. Ask about another procedure\n2. Talk to an official',
  },
  commandsHint: {
    vi: '(Bất cứ lúc nào: gõ "quay lại" để sửa câu trước, "sửa 2" để sửa câu 2, "hủy" để dừng, "gặp cán bộ" để được hỗ trợ.)',
    en: '(At any time: "back" to change the last answer, "change 2" for answer 2, "cancel" to stop, "official" for help.)',
  },
  ratingThanks: {
    vi: 'Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp Bộ phận Một cửa phục vụ tốt hơn. Bạn cần gì thêm, cứ nhắn cho tôi nhé.',
    en: 'Thank you for rating. It helps the one-stop desk serve you better. Message me any time you need something else.',
  },
  continueInMiniApp: {
    vi: 'Bạn cũng có thể làm tiếp trên Mini App "Dịch vụ công" (câu trả lời đã có được giữ nguyên): {url}',
    en: 'You can also carry on in the "Dịch vụ công" Mini App (your answers so far are kept): {url}',
  },
  offerFiling: {
    vi: 'Bạn có muốn nộp hồ sơ trực tuyến ngay tại đây không?\n1. Có, nộp trực tuyến\n2. Không, tôi sẽ đến nộp trực tiếp',
    en: 'Would you like to file online right here?\n1. Yes, file online\n2. No, I will file in person',
  },
  afterResultNoFiling: {
    vi: 'Bạn có thể mang đủ giấy tờ trên đến Bộ phận Một cửa. Gõ "menu" để hỏi thủ tục khác, hoặc "gặp cán bộ" nếu cần hỗ trợ.',
    en: 'Bring the papers above to the one-stop desk. Type "menu" for another procedure, or "official" for help.',
  },
  goodbye: {
    vi: 'Cảm ơn bạn. Khi cần, bạn cứ nhắn tin lại. Gõ "menu" để xem các thủ tục.',
    en: 'Thank you. Message us again whenever you need. Type "menu" to see procedures.',
  },
  consentQuestion: {
    vi: 'Bạn có đồng ý không?\n1. Đồng ý\n2. Không đồng ý',
    en: 'Do you agree?\n1. I agree\n2. I do not agree',
  },
  reviewFooter: {
    vi: 'Nếu đúng, gõ "xác nhận" (hoặc 1) để nộp hồ sơ. Muốn sửa, gõ "sửa" kèm số câu, ví dụ "sửa 3".',
    en: 'If everything is right, type "confirm" (or 1) to file. To change something, type "change" and the number, e.g. "change 3".',
  },
  cancelled: { vi: 'Đã dừng. Thông tin bạn vừa trả lời không được lưu. Gõ "menu" để bắt đầu lại.', en: 'Stopped. Your answers were not kept. Type "menu" to start again.' },
  handoffRequested: {
    vi: 'Tôi đã chuyển cuộc trò chuyện cho cán bộ Bộ phận Một cửa. {when} Trong lúc chờ, tôi sẽ không tự động trả lời nữa.',
    en: 'I have passed this conversation to an official at the one-stop desk. {when} While you wait, I will not reply automatically.',
  },
  handoffDuringHours: { vi: 'Cán bộ sẽ trả lời bạn trong giờ làm việc, thường trong vòng 15 phút.', en: 'An official will reply during office hours, usually within 15 minutes.' },
  handoffAfterHours: {
    vi: 'Hiện đã ngoài giờ làm việc; cán bộ sẽ trả lời bạn từ {time} ngày {date}.',
    en: 'It is outside office hours; an official will reply from {time} on {date}.',
  },
  consentDeclined: {
    vi: 'Không sao, chúng tôi sẽ không thu thập thông tin cá nhân của bạn. Bạn hãy mang các giấy tờ đã liệt kê ở trên đến nộp trực tiếp tại Bộ phận Một cửa của UBND xã/phường. Gõ "menu" để hỏi thủ tục khác, hoặc "gặp cán bộ" nếu cần hỗ trợ.',
    en: 'No problem, we will not collect your personal data. Bring the papers listed above to the one-stop desk of the commune office and file there. Type "menu" for another procedure, or "official" for help.',
  },
  cannotGoBack: { vi: 'Đây là câu đầu tiên, không có câu nào trước đó để quay lại.', en: 'This is the first question; there is nothing to go back to.' },
  cannotSkipRequired: { vi: 'Câu này bắt buộc, không bỏ qua được. Hãy trả lời để tiếp tục.', en: 'This question is required. Please answer it to continue.' },
  notEditable: { vi: 'Không có câu số đó để sửa. Hãy xem lại số thứ tự câu hỏi.', en: 'There is no answer with that number to change.' },
  noFilingHere: {
    vi: 'Thủ tục này chưa nộp trực tuyến được qua kênh này. Bạn hãy mang giấy tờ đến Bộ phận Một cửa.',
    en: 'This procedure cannot be filed through this channel yet. Please bring the papers to the one-stop desk.',
  },
  notEligibleToFile: {
    vi: 'Theo các câu trả lời ở trên, bạn chưa đủ điều kiện nên chưa nộp được hồ sơ thủ tục này. Nếu có câu trả lời chưa đúng, gõ "quay lại" để sửa; hoặc gõ "gặp cán bộ" để được hướng dẫn.',
    en: 'From your answers above you cannot file this procedure yet. If an answer was wrong, type "back" to change it, or "official" for guidance.',
  },
  finishQuestionsFirst: { vi: 'Cần trả lời hết các câu hỏi điều kiện trước khi nộp hồ sơ.', en: 'Please finish the eligibility questions before filing.' },
  nothingToAnswer: { vi: 'Hiện không có câu hỏi nào đang chờ trả lời.', en: 'There is no question waiting for an answer.' },
  cancelConfirm: {
    vi: 'Bạn muốn dừng và bỏ các câu đã trả lời? Gõ "có" để dừng, "không" để tiếp tục.',
    en: 'Do you want to stop and discard your answers? Type "yes" to stop, "no" to carry on.',
  },
  cancelKept: { vi: 'Chúng ta tiếp tục nhé.', en: 'Let us carry on.' },
  reviewNotConfirmed: {
    vi: 'Hồ sơ chưa được nộp. Muốn sửa, gõ "sửa" kèm số dòng, ví dụ "sửa 2". Nếu mọi thông tin đã đúng, gõ "xác nhận".',
    en: 'Nothing has been filed yet. To change a line, type "change" and its number, e.g. "change 2". If everything is right, type "confirm".',
  },
  answerRecorded: { vi: '✔ Đã ghi: {answer}', en: '✔ Noted: {answer}' },
  draftWaiting: {
    vi: 'Bạn đang làm dở thủ tục "{name}". Gõ "tiếp tục" để làm tiếp.',
    en: 'You have not finished "{name}". Type "continue" to carry on.',
  },
  noDraft: { vi: 'Hiện bạn không có thủ tục nào đang làm dở. Gõ "menu" để xem các thủ tục.', en: 'You have nothing in progress. Type "menu" to see procedures.' },
  pickInRange: { vi: 'Hãy chọn số từ 1 đến {count}.', en: 'Please pick a number from 1 to {count}.' },
  procedureUpdated: {
    vi: 'Thủ tục này vừa được cập nhật; chúng ta bắt đầu lại với quy định mới. Xin bạn trả lời lại từ câu đầu tiên.',
    en: 'This procedure has just been updated; let us start again under the new rules. Please answer again from the first question.',
  },
  procedureWithdrawn: {
    vi: 'Thủ tục này vừa được cập nhật và hiện chưa hướng dẫn được qua kênh này. Gõ "gặp cán bộ" để được hỗ trợ, hoặc chọn thủ tục khác bên dưới.',
    en: 'This procedure has just been updated and cannot be handled here for now. Type "official" for help, or pick another procedure below.',
  },
  deleteKeptInHandoff: { vi: 'Đã giữ nguyên dữ liệu của bạn. Cán bộ sẽ tiếp tục trả lời bạn tại đây.', en: 'Your data was kept. An official will keep answering you here.' },
  sessionClosed: { vi: 'Phiên này đã kết thúc. Gõ "menu" để bắt đầu thủ tục mới.', en: 'This session has ended. Type "menu" to start a new one.' },
  help: {
    vi: 'Tôi có thể giúp bạn:\n• Tìm thủ tục: gõ tên, ví dụ "đăng ký tạm trú"\n• Xem danh sách: gõ "menu"\n• Quay lại câu trước: "quay lại"; sửa câu số 2: "sửa 2"\n• Bỏ qua câu không bắt buộc: "bỏ qua"\n• Tạm dừng để hỏi việc khác: "menu"; làm tiếp: "tiếp tục"\n• Dừng hẳn: "hủy"\n• Tra cứu hồ sơ: "tra cứu" kèm mã hồ sơ\n• Đặt lịch hẹn đến xã: "đặt lịch hẹn"; xem, đổi, hủy: "lịch hẹn của tôi"\n• Nói chuyện với cán bộ: "gặp cán bộ"\n• Xóa dữ liệu của bạn: "xóa dữ liệu của tôi"\n• English: gõ "english"',
    en: 'I can help you:\n• Find a procedure: type its name, e.g. "temporary residence"\n• See the list: "menu"\n• Go back: "back"; change answer 2: "change 2"\n• Skip an optional question: "skip"\n• Pause to ask something else: "menu"; carry on: "continue"\n• Stop for good: "cancel"\n• Check a filing: "status" and the reference code\n• Book a visit to the office: "book appointment"; see, change, cancel: "my appointments"\n• Talk to an official: "official"\n• Delete your data: "delete my data"\n• Tiếng Việt: type "tieng viet"',
  },
  statusAskCode: { vi: 'Hãy gửi mã hồ sơ để tra cứu, ví dụ: tra cứu 5GHB-4875-3', en: 'Send the reference code, e.g. status 5GHB-4875-3' },
  statusMistyped: {
    vi: 'Mã hồ sơ "{code}" có vẻ bị gõ nhầm một ký tự. Mã gồm 9 ký tự dạng 5GHB-4875-3 (không có số 0, số 1, chữ O, chữ I). Hãy kiểm tra lại giấy biên nhận rồi gửi lại.',
    en: 'The code "{code}" looks mistyped. Codes have 9 characters like 5GHB-4875-3 (no 0, 1, O or I). Check your receipt and send it again.',
  },
  deleteConfirm: {
    vi: 'Bạn muốn xóa toàn bộ dữ liệu cá nhân của bạn (câu trả lời, hồ sơ nháp, thông tin liên hệ)? Hồ sơ đã nộp vẫn được cơ quan giữ theo quy định. Gõ "xác nhận xóa" để xóa, hoặc "không" để giữ lại.',
    en: 'Delete all your personal data (answers, drafts, contact details)? Filings already submitted are kept by the office as the law requires. Type "confirm delete" to delete, or "no" to keep it.',
  },
  deleteDone: { vi: 'Đã xóa dữ liệu cá nhân của bạn. Cảm ơn bạn đã sử dụng dịch vụ.', en: 'Your personal data has been deleted. Thank you.' },
  deleteKept: { vi: 'Đã giữ nguyên dữ liệu của bạn. Gõ "menu" để tiếp tục.', en: 'Your data was kept. Type "menu" to continue.' },
  imageReceived: {
    vi: 'Tôi đã nhận được ảnh, nhưng tôi chưa đọc được nội dung ảnh. Vì an toàn, bạn đừng gửi ảnh CCCD qua tin nhắn. Hãy gõ điều bạn cần, hoặc "gặp cán bộ".',
    en: 'I received a picture but cannot read it. For your safety, do not send photos of ID cards here. Type what you need, or "official".',
  },
  locationReceived: {
    vi: 'Cảm ơn bạn đã gửi vị trí. Để nộp hồ sơ, tôi cần địa chỉ dạng chữ: số nhà, đường, xã/phường, tỉnh/thành phố.',
    en: 'Thanks for the location. For a filing I need the address in words: house, street, commune, province.',
  },
  otherAttachment: {
    vi: 'Tôi chỉ hiểu tin nhắn chữ. Hãy gõ điều bạn cần, hoặc "gặp cán bộ" để được hỗ trợ.',
    en: 'I only understand text messages. Type what you need, or "official" for help.',
  },
  languageSet: { vi: 'Đã chuyển sang tiếng Việt.', en: 'Switched to English. Type "tieng viet" to switch back.' },
  slowDown: {
    vi: 'Bạn gửi hơi nhanh, tôi đang xử lý các tin trước. Xin chờ một chút rồi gửi tiếp nhé.',
    en: 'You are sending messages quickly; I am still working on the earlier ones. Please wait a moment.',
  },
  answerAgainHint: {
    vi: 'Nếu thấy khó, gõ "gặp cán bộ" để được cán bộ hỗ trợ.',
    en: 'If this is hard, type "official" and an official will help.',
  },
} as const;

export type ChatMessageKey = keyof typeof CHAT_MESSAGES;
