/** Whether an account can sign in, in words: disabled by an admin, locked for a while after wrong passwords, or active. */
import type { StaffAccountListResponse } from '../../../../../shared/api/console-api-schemas';
import { formatDateTime } from '../../lib/format-time';

type StaffAccount = StaffAccountListResponse['items'][number];

export function accountStateText(account: StaffAccount, now: number): string {
  if (account.disabledAt) return `Đã khóa từ ${formatDateTime(account.disabledAt)}`;
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now) return `Tạm khóa đến ${formatDateTime(account.lockedUntil)} (nhập sai mật khẩu nhiều lần)`;
  return 'Đang hoạt động';
}
