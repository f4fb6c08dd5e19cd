/**
 * "Khóa tài khoản": asks first (the person is signed out at once and cannot sign in again), then
 * disables the account. Nobody can disable their own account; the button is not offered for it.
 */
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffAccountListResponse } from '../../../../../shared/api/console-api-schemas';
import { queryKeys } from '../../api/query-keys';
import { disableStaffAccount } from '../../api/staff-users-api';
import { ErrorMessage } from '../../components/error-message';

type StaffAccount = StaffAccountListResponse['items'][number];

export function DisableAccountAction({ account }: { account: StaffAccount }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const disable = useMutation({
    mutationFn: () => disableStaffAccount(account.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.staffAccounts }),
  });
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)} aria-label={`Khóa tài khoản ${account.username}`}>
        Khóa
      </button>
    );
  }
  const questionId = `disable-question-${account.id}`;
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        Khóa tài khoản {account.username} ({account.displayName})? Người này bị đăng xuất ngay và không đăng nhập lại được.
      </p>
      <div className="confirm__buttons">
        <button ref={confirmButton} type="button" className="button button--danger button--small" onClick={() => disable.mutate()} disabled={disable.isPending}>
          Có, khóa tài khoản
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(false)} disabled={disable.isPending}>
          Không, quay lại
        </button>
      </div>
      {disable.isError ? <ErrorMessage error={disable.error} /> : null}
    </div>
  );
}
