/**
 * The errors an official can meet in the console, declared once with stable codes, in plain
 * Vietnamese that says what to do next. A wrong password and an unknown username get the same
 * answer, so the answer does not tell a stranger which accounts exist.
 */
import { HttpError, UnauthorizedError, BadRequestError, NotFoundError } from '../app/http-errors';
import { MIN_PASSWORD_LENGTH } from '../../shared/api/console-api-schemas';
import { filingStatusText, type FilingStatus } from '../../shared/filing/filing-status-text';

const statusLabel = (status: FilingStatus) => filingStatusText(status, 'chat').label;

/** "14:35 ngày 02/03/2026" in Vietnam time (UTC+7, no daylight saving). */
function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

export const consoleErrors = {
  notSignedIn: () =>
    new UnauthorizedError('NOT_SIGNED_IN', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Hãy đăng nhập lại.', 'You are not signed in, or your session has expired. Sign in again.'),
  invalidCredentials: () =>
    new UnauthorizedError(
      'INVALID_CREDENTIALS',
      'Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra lại (chú ý bộ gõ tiếng Việt và phím Caps Lock).',
      'Wrong username or password. Check them again (mind the Vietnamese keyboard and Caps Lock).',
    ),
  accountLocked: (until: string) =>
    new HttpError(
      423,
      'ACCOUNT_LOCKED',
      `Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${vietnamTime(until)} (giờ Việt Nam), hoặc nhờ quản trị viên hỗ trợ.`,
      `This account is temporarily locked after repeated wrong passwords. Try again after ${until}, or ask an administrator.`,
    ),
  forbidden: () =>
    new HttpError(403, 'FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện việc này. Nếu cần, hãy liên hệ quản trị viên.', 'Your account may not do this. Ask an administrator if you need to.'),
  otherCommune: () =>
    new HttpError(
      403,
      'OTHER_COMMUNE',
      'Tài khoản của bạn thuộc xã/phường khác với bàn làm việc này. Hãy đăng nhập vào bàn làm việc của xã/phường mình, hoặc nhờ quản trị viên kiểm tra tài khoản.',
      "Your account belongs to another commune than this console's. Sign in to your own commune's console, or ask an administrator to check your account.",
    ),
  csrfTokenInvalid: () =>
    new HttpError(
      403,
      'CSRF_TOKEN_INVALID',
      'Yêu cầu thiếu mã xác nhận phiên làm việc. Hãy tải lại trang rồi thử lại.',
      'The request lacks the session confirmation token (X-CSRF-Token). Reload the page and try again.',
    ),
  passwordTooShort: () =>
    new BadRequestError(
      'PASSWORD_TOO_SHORT',
      `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu dễ nhớ gồm vài từ là mật khẩu tốt.`,
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters. A memorable phrase of a few words works well.`,
    ),
  passwordTooLong: () =>
    new BadRequestError('PASSWORD_TOO_LONG', 'Mật khẩu dài quá 256 ký tự. Hãy chọn mật khẩu ngắn hơn.', 'The password is longer than 256 characters. Choose a shorter one.'),
  usernameTaken: () =>
    new HttpError(409, 'USERNAME_TAKEN', 'Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.', 'This username is already taken. Choose another.'),
  userNotFound: () => new NotFoundError('STAFF_USER_NOT_FOUND', 'Không tìm thấy tài khoản này. Hãy tải lại danh sách rồi thử lại.', 'No such account. Reload the list and try again.'),
  cannotDisableSelf: () =>
    new HttpError(409, 'CANNOT_DISABLE_SELF', 'Bạn không thể tự khóa tài khoản của mình. Hãy nhờ một quản trị viên khác.', 'You cannot disable your own account. Ask another administrator.'),
  handoffNotFound: () =>
    new NotFoundError('HANDOFF_NOT_FOUND', 'Không tìm thấy yêu cầu hỗ trợ này. Hãy tải lại danh sách rồi thử lại.', 'No such handoff. Reload the list and try again.'),
  handoffNotOpen: () =>
    new HttpError(409, 'HANDOFF_NOT_OPEN', 'Yêu cầu hỗ trợ này đã được giải quyết. Hãy tải lại danh sách.', 'This handoff is already resolved. Reload the list.'),
  handoffTaken: (holder: string) =>
    new HttpError(
      409,
      'HANDOFF_TAKEN',
      `Yêu cầu này đang do ${holder} phụ trách. Nếu cần chuyển người, hãy nhờ giám sát viên phân công lại.`,
      `${holder} is handling this handoff. Ask a supervisor to reassign it if needed.`,
    ),
  assigneeInvalid: () =>
    new BadRequestError(
      'ASSIGNEE_INVALID',
      'Không thể giao cho tài khoản này: tài khoản không tồn tại, đã bị khóa, hoặc là tình nguyện viên. Hãy chọn một cán bộ khác.',
      'Cannot assign to this account: it does not exist, is disabled, or is a volunteer. Choose another official.',
    ),
  filingNotFound: () =>
    new NotFoundError('FILING_NOT_FOUND', 'Không tìm thấy hồ sơ này trong danh sách của bạn. Hãy kiểm tra lại mã hồ sơ hoặc tải lại danh sách.', 'No such filing in your queue. Check the reference or reload the list.'),
  filingReasonRequired: (status: FilingStatus) =>
    new BadRequestError(
      'FILING_REASON_REQUIRED',
      `Cần ghi lý do khi chuyển hồ sơ sang "${statusLabel(status).vi}". Lý do được gửi cho người dân, nên hãy viết rõ họ cần bổ sung gì hoặc vì sao hồ sơ không được giải quyết.`,
      'A reason is required for this status. It is sent to the resident: say what is missing, or why the filing is refused.',
    ),
  filingTransitionInvalid: (from: FilingStatus, to: FilingStatus) =>
    new HttpError(
      409,
      'FILING_TRANSITION_INVALID',
      `Hồ sơ đang ở tình trạng "${statusLabel(from).vi}", không thể chuyển sang "${statusLabel(to).vi}". Hãy tải lại hồ sơ và chọn một bước tiếp theo được phép.`,
      `A filing that is "${statusLabel(from).en ?? from}" cannot become "${statusLabel(to).en ?? to}". Reload it and pick an allowed next step.`,
    ),
  filingChanged: () =>
    new HttpError(409, 'FILING_CHANGED', 'Hồ sơ vừa được một cán bộ khác cập nhật. Hãy tải lại hồ sơ để xem tình trạng mới rồi thử lại.', 'Another official has just changed this filing. Reload it to see its new status, then try again.'),
  cursorInvalid: () =>
    new BadRequestError('CURSOR_INVALID', 'Không đọc được vị trí trang trong danh sách. Hãy tải lại danh sách từ đầu.', 'The page cursor is not valid. Reload the list from the start.'),
  procedureNotFound: () =>
    new NotFoundError('PROCEDURE_NOT_FOUND', 'Không có thủ tục nào mang mã này. Hãy chọn thủ tục trong danh sách.', 'No procedure has this id. Choose one from the list.'),
  procedureVersionNotFound: () =>
    new NotFoundError('PROCEDURE_VERSION_NOT_FOUND', 'Thủ tục này không có phiên bản đó. Hãy tải lại danh sách thủ tục.', 'This procedure has no such version. Reload the list of procedures.'),
  procedureVersionPublished: () =>
    new HttpError(409, 'PROCEDURE_VERSION_PUBLISHED', 'Phiên bản này đã được xuất bản rồi. Hãy tải lại danh sách thủ tục.', 'This version is already published. Reload the list of procedures.'),
};
