/**
 * What a volunteer (or official) preparing a filing for a resident can meet, with stable codes and
 * plain Vietnamese that says what to do next. Answer errors name the question and repeat the
 * validator's own words, so the fix is the same one a resident would be told.
 */
import { BadRequestError, HttpError, NotFoundError } from '../app/http-errors';

const NOT_REACHABLE_NEXT = 'Người dân cần nhắn một tin bất kỳ tới Zalo OA của xã trước, rồi thử lại.';
const NOT_REACHABLE_NEXT_EN = 'The resident must first send any message to the commune’s Zalo OA, then try again.';

export const assistedFilingErrors = {
  /**
   * Zalo lets the OA write only to someone who wrote to it lately (reference/zalo-platform.md §2).
   * One answer whether the id or phone is unknown or just out of the window, so this route cannot
   * be used to learn which numbers belong to the OA's residents.
   */
  residentNotReachable: (windowHours: number) =>
    new HttpError(
      409,
      'RESIDENT_NOT_REACHABLE',
      `Chưa gửi được tin cho người dân này qua Zalo OA. OA chỉ nhắn được cho người đã nhắn tin tới OA trong ${windowHours} giờ qua (tìm theo số điện thoại: người đã cho OA biết số này qua Mini App hoặc một hồ sơ). ${NOT_REACHABLE_NEXT}`,
      `The resident cannot be messaged through the OA: it may only write to someone who messaged it in the last ${windowHours} hours (by phone: who gave the OA this number in the Mini App or a filing). ${NOT_REACHABLE_NEXT_EN}`,
    ),
  phoneInvalid: (message: string, messageEn?: string) => new BadRequestError('PHONE_INVALID', message, messageEn),
  residentWithOfficial: () =>
    new HttpError(
      409,
      'RESIDENT_WITH_OFFICIAL',
      'Người dân đang được cán bộ hỗ trợ trực tiếp trên Zalo. Hãy thử lại sau khi cán bộ hoàn tất.',
      'An official is talking with this resident on Zalo. Try again once the official has finished.',
    ),
  alreadyWaiting: (until: string) =>
    new HttpError(
      409,
      'ASSISTED_FILING_WAITING',
      `Người dân đang có một hồ sơ khác chờ xác nhận (hết hạn lúc ${until}). Hãy đợi người dân trả lời hồ sơ đó trước.`,
      `Another prepared filing is waiting for this resident's answer (until ${until}). Wait for that answer first.`,
    ),
  requestIdReused: () =>
    new HttpError(409, 'REQUEST_ID_REUSED', 'Mã yêu cầu này đã dùng cho một hồ sơ khác. Hãy tải lại trang rồi gửi lại.', 'This requestId was used for another filing. Reload and send again.'),
  procedureNotFound: () =>
    new NotFoundError('PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục này (hoặc thủ tục chưa có hiệu lực). Hãy chọn lại thủ tục.', 'No such procedure in force. Choose the procedure again.'),
  noOnlineFiling: () =>
    new HttpError(422, 'NO_ONLINE_FILING', 'Thủ tục này chưa nhận hồ sơ trực tuyến qua Zalo. Hãy hướng dẫn người dân nộp tại Bộ phận Một cửa.', 'This procedure takes no online filing here. Guide the resident to the one-stop desk.'),
  answerInvalid: (questionId: string, prompt: string, message: string, messageEn?: string) =>
    new BadRequestError('ANSWER_INVALID', `Câu "${prompt}" (${questionId}): ${message}`, `Question ${questionId}: ${messageEn ?? message}`),
  answerMissing: (questionId: string, prompt: string) =>
    new BadRequestError('ANSWER_MISSING', `Còn thiếu câu trả lời cho câu "${prompt}" (${questionId}). Hãy nhập rồi gửi lại.`, `The answer to ${questionId} is missing. Enter it and send again.`),
  answersNotAsked: (questionIds: readonly string[]) =>
    new BadRequestError(
      'ANSWER_NOT_ASKED',
      `Trường hợp này không hỏi các câu: ${questionIds.join(', ')}. Hãy bỏ các câu trả lời đó rồi gửi lại.`,
      `This case does not ask: ${questionIds.join(', ')}. Remove those answers and send again.`,
    ),
  notEligible: (reason: string) =>
    new HttpError(422, 'NOT_ELIGIBLE', `Với các câu trả lời này, hồ sơ chưa thể nộp trực tuyến: ${reason}`, `With these answers the filing cannot be made online: ${reason}`),
};
