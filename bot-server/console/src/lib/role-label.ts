/** Console roles as the header names them. */
import type { SignedInStaff } from '../api/session-api';

const ROLE_LABELS: Record<SignedInStaff['role'], string> = {
  official: 'Cán bộ',
  supervisor: 'Giám sát viên',
  volunteer: 'Tình nguyện viên',
  admin: 'Quản trị viên',
};

export const roleLabel = (role: SignedInStaff['role']): string => ROLE_LABELS[role];
