/** What each audited action means, in an official's words; an action added later shows as its code until it is named here. */
const ACTIONS: Record<string, string> = {
  'sign-in.succeeded': 'Đăng nhập',
  'sign-in.failed': 'Đăng nhập không thành công',
  'sign-in.locked': 'Tài khoản bị tạm khóa vì nhập sai mật khẩu',
  'sign-in.refused-locked': 'Đăng nhập khi tài khoản đang tạm khóa',
  'sign-out': 'Đăng xuất',
  'user.created': 'Tạo tài khoản',
  'user.disabled': 'Khóa tài khoản',
  'handoff.list-read': 'Xem hộp thư chuyển cán bộ',
  'handoff.claimed': 'Nhận xử lý yêu cầu',
  'handoff.assigned': 'Giao yêu cầu cho cán bộ',
  'handoff.replied': 'Trả lời người dân',
  'handoff.note-added': 'Thêm ghi chú nội bộ',
  'handoff.resolved': 'Kết thúc hỗ trợ',
  'filing.read': 'Xem hồ sơ',
  'filing.status-changed': 'Cập nhật tình trạng hồ sơ',
  'dashboard.exported': 'Tải số liệu thống kê (CSV)',
  'office-hours.changed': 'Đổi giờ làm việc',
  'canned-replies.changed': 'Đổi câu trả lời mẫu',
  'appointment.list-read': 'Xem lịch hẹn',
  'appointment-slots.published': 'Mở lịch hẹn',
  'appointment-slot.cancelled': 'Hủy khung giờ hẹn',
  'assisted-filing.prepared': 'Chuẩn bị hồ sơ hỗ trợ người dân',
  'assisted-filing.resident-not-reachable': 'Tìm người dân để nộp hộ nhưng OA không nhắn được',
  'procedure.published': 'Xuất bản phiên bản thủ tục',
  'resident.data-deleted': 'Người dân yêu cầu xóa dữ liệu cá nhân',
};

export const auditActionLabel = (action: string): string => ACTIONS[action] ?? action;

const SUBJECTS: Record<string, string> = {
  filing: 'Hồ sơ',
  staff_user: 'Tài khoản',
  handoff: 'Yêu cầu hỗ trợ',
  office: 'Bộ phận Một cửa',
  dashboard: 'Thống kê',
  appointment: 'Lịch hẹn',
  appointment_slot: 'Khung giờ hẹn',
  assisted_filing: 'Hồ sơ nộp hộ',
  procedure: 'Thủ tục',
  resident: 'Người dân',
};

/** What an entry was about: "Hồ sơ ABCD-EFGH-K", "Tài khoản 3". */
export const auditSubjectLabel = (type: string, id: string | null): string => `${SUBJECTS[type] ?? type}${id ? ` ${id}` : ''}`;
