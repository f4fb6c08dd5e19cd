/**
 * The errors a resident can meet in the Mini App, declared once with stable codes. Every message
 * is plain Vietnamese that says what to do next; the error handler turns them into
 * `{ error: { code, message, messageEn } }`.
 */
import { HttpError, NotFoundError, UnauthorizedError, BadRequestError } from '../app/http-errors';

export const residentErrors = {
  notSignedIn: () =>
    new UnauthorizedError(
      'NOT_SIGNED_IN',
      'Chưa xác định được tài khoản Zalo của bạn, hoặc phiên đăng nhập đã hết hạn. Hãy đóng Mini App rồi mở lại.',
      'We could not confirm your Zalo account, or your session has expired. Close the Mini App and open it again.',
    ),
  zaloUnavailable: () =>
    new HttpError(503, 'ZALO_UNAVAILABLE', 'Chưa kết nối được với Zalo. Vui lòng thử lại sau ít phút.', 'Zalo cannot be reached right now. Please try again in a few minutes.'),
  procedureNotFound: () => new NotFoundError('PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục này. Hãy tìm lại theo tên thủ tục.', 'No such procedure. Search by name instead.'),
  noOnlineQuestions: () =>
    new BadRequestError(
      'NO_ONLINE_QUESTIONS',
      'Thủ tục này chỉ có hướng dẫn, không có câu hỏi để trả lời trực tuyến. Hãy xem giấy tờ cần mang trên trang thủ tục.',
      'This procedure has guidance only, no questions to answer online. See the papers to bring on its page.',
    ),
  draftNotFound: () =>
    new NotFoundError(
      'DRAFT_NOT_FOUND',
      'Không tìm thấy hồ sơ đang làm dở của thủ tục này. Hãy mở lại thủ tục và bấm "Bắt đầu".',
      'There is no unfinished application for this procedure. Open the procedure again and tap "Start".',
    ),
  procedureUpdated: () =>
    new HttpError(
      409,
      'PROCEDURE_UPDATED',
      'Thủ tục này vừa được cập nhật theo quy định mới, nên các câu trả lời trước không dùng tiếp được. Hãy bấm "Bắt đầu" để làm lại.',
      'This procedure was just updated to new rules, so earlier answers cannot be reused. Tap "Start" to begin again.',
    ),
  eventIdReused: () =>
    new BadRequestError('EVENT_ID_REUSED', 'Thao tác này đã được gửi cho một thủ tục khác. Hãy tải lại trang rồi thử lại.', 'This action id was already used for another procedure. Reload and try again.'),
  filingNotFound: () =>
    new NotFoundError('FILING_NOT_FOUND', 'Không tìm thấy hồ sơ này trong tài khoản của bạn. Hãy kiểm tra lại mã hồ sơ trên giấy biên nhận.', 'No such filing in your account. Check the reference on your receipt.'),
  noResultYet: () =>
    new HttpError(409, 'NO_RESULT_YET', 'Hồ sơ chưa có kết quả. Bạn có thể đánh giá sau khi hồ sơ đã có kết quả.', 'This filing has no result yet. You can rate it once it does.'),
  alreadyRated: () => new HttpError(409, 'ALREADY_RATED', 'Bạn đã đánh giá hồ sơ này rồi. Cảm ơn bạn đã góp ý!', 'You have already rated this filing. Thank you!'),
  consentNotFound: () =>
    new NotFoundError('CONSENT_NOT_FOUND', 'Không tìm thấy sự đồng ý này. Hãy tải lại danh sách rồi thử lại.', 'No such consent. Reload the list and try again.'),
  phoneTokenInvalid: () =>
    new BadRequestError(
      'PHONE_TOKEN_INVALID',
      'Không lấy được số điện thoại từ Zalo (mã xác nhận đã hết hạn hoặc đã dùng). Hãy bấm lại nút chia sẻ số điện thoại, hoặc tự nhập số.',
      'Zalo did not give us your phone number (the code expired or was used). Tap the share button again, or type the number.',
    ),
};

/** Message of the 409 DRAFT_CHANGED answer, sent with the draft as it now stands. */
export const DRAFT_CHANGED_MESSAGE = {
  message: 'Hồ sơ này vừa được cập nhật ở nơi khác (ví dụ trong khung chat). Hãy xem lại câu hỏi hiện tại rồi trả lời tiếp.',
  messageEn: 'This application was just changed elsewhere (for example in the chat). Check the current question and carry on.',
};
