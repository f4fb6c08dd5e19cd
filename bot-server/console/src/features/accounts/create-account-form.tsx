/**
 * "Tạo tài khoản": username, full name, role, commune and a first password the person changes
 * with the admin's help. Empty fields and a malformed username are caught here; the server's own
 * Vietnamese message is shown for anything else (a password that is too short, a username taken).
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MIN_PASSWORD_LENGTH } from '../../../../../shared/api/console-api-schemas';
import { queryKeys } from '../../api/query-keys';
import { createStaffAccount } from '../../api/staff-users-api';
import { ErrorMessage } from '../../components/error-message';
import { LabelledInput } from '../../components/labelled-input';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { roleLabel } from '../../lib/role-label';
import { newAccountProblems, type NewAccountDraft, type NewAccountField } from './new-account-check';

const ROLES: NewAccountDraft['role'][] = ['official', 'supervisor', 'volunteer', 'admin'];

export function CreateAccountForm() {
  const queryClient = useQueryClient();
  const { communeCode } = useSignedInStaff();
  const empty: NewAccountDraft = { username: '', displayName: '', role: 'official', communeCode: communeCode ?? '', password: '' };
  const [draft, setDraft] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<NewAccountField, string>>>({});
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: createStaffAccount,
    onSuccess: (account) => {
      setCreated(`Đã tạo tài khoản ${account.username} (${roleLabel(account.role)}). Hãy báo mật khẩu ban đầu cho người dùng theo cách an toàn.`);
      setDraft(empty);
      void queryClient.invalidateQueries({ queryKey: queryKeys.staffAccounts });
    },
  });
  const change = (part: Partial<NewAccountDraft>) => {
    setDraft((current) => ({ ...current, ...part }));
    setCreated(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = newAccountProblems(draft);
    setProblems(found);
    const first = (['username', 'displayName', 'password'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`new-${first}`)?.focus();
      return;
    }
    create.mutate({ username: draft.username.trim(), displayName: draft.displayName.trim(), role: draft.role, communeCode: draft.communeCode.trim() || null, password: draft.password });
  };

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {created ? (
        <p className="notice" role="status">
          {created}
        </p>
      ) : null}
      <LabelledInput id="new-username" label="Tên đăng nhập" hint="Chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang; 3–64 ký tự." value={draft.username} onValue={(username) => change({ username })} error={problems.username} autoComplete="off" spellCheck={false} />
      <LabelledInput id="new-displayName" label="Họ và tên" value={draft.displayName} onValue={(displayName) => change({ displayName })} error={problems.displayName} autoComplete="off" />
      <div className="field">
        <label htmlFor="new-role">Vai trò</label>
        <select id="new-role" value={draft.role} onChange={(event) => change({ role: ROLES.find((role) => role === event.target.value) ?? 'official' })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <LabelledInput id="new-communeCode" label="Mã xã/phường" hint="Để trống cho tài khoản cấp tỉnh, dùng được cho mọi xã/phường." value={draft.communeCode} onValue={(code) => change({ communeCode: code })} autoComplete="off" spellCheck={false} />
      <LabelledInput
        id="new-password"
        label="Mật khẩu ban đầu"
        hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu dễ nhớ gồm vài từ là mật khẩu tốt.`}
        type="password"
        value={draft.password}
        onValue={(password) => change({ password })}
        error={problems.password}
        autoComplete="new-password"
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Đang tạo…' : 'Tạo tài khoản'}
      </button>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
    </form>
  );
}
