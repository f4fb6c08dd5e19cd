/**
 * What must be fixed in the new-account form before sending it: empty fields, and a username the
 * server's own rule refuses (its Vietnamese message comes from the shared schema). The password's
 * length is left to the server, which says how long it must be.
 */
import { createStaffUserRequestSchema } from '../../../../../shared/api/console-api-schemas';

export type NewAccountField = 'username' | 'displayName' | 'password';

export interface NewAccountDraft {
  username: string;
  displayName: string;
  role: 'official' | 'supervisor' | 'volunteer' | 'admin';
  communeCode: string;
  password: string;
}

export function newAccountProblems(draft: NewAccountDraft): Partial<Record<NewAccountField, string>> {
  const problems: Partial<Record<NewAccountField, string>> = {};
  if (draft.username.trim() === '') problems.username = 'Hãy nhập tên đăng nhập.';
  else {
    const parsed = createStaffUserRequestSchema.shape.username.safeParse(draft.username);
    if (!parsed.success) problems.username = parsed.error.issues[0]?.message ?? 'Tên đăng nhập chưa hợp lệ.';
  }
  if (draft.displayName.trim() === '') problems.displayName = 'Hãy nhập họ và tên người dùng tài khoản.';
  if (draft.password === '') problems.password = 'Hãy đặt mật khẩu ban đầu.';
  return problems;
}
