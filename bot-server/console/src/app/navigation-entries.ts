/**
 * The console's sections, in menu order; each is listed only for the roles that may open it
 * (lib/section-roles.ts), so the menu never offers a page that would refuse the official.
 */
import type { SignedInStaff } from '../api/session-api';
import { mayOpen, type Section } from '../lib/section-roles';

interface NavigationEntry {
  to: string;
  label: string;
  section: Section;
}

const ENTRIES: readonly NavigationEntry[] = [
  { to: '/handoffs', label: 'Hộp thư chuyển cán bộ', section: 'handoffs' },
  { to: '/filings', label: 'Hồ sơ', section: 'filings' },
  { to: '/assisted-filings', label: 'Nộp hộ', section: 'assistedFilings' },
  { to: '/appointments', label: 'Lịch hẹn', section: 'appointments' },
  { to: '/procedures', label: 'Thủ tục', section: 'procedures' },
  { to: '/dashboard', label: 'Thống kê', section: 'dashboard' },
  { to: '/audit-log', label: 'Nhật ký hoạt động', section: 'auditLog' },
  { to: '/accounts', label: 'Tài khoản', section: 'accounts' },
  { to: '/office-settings', label: 'Giờ làm việc & câu trả lời mẫu', section: 'officeSettings' },
];

export function navigationEntriesFor(role: SignedInStaff['role']): NavigationEntry[] {
  return ENTRIES.filter((entry) => mayOpen(entry.section, role));
}
