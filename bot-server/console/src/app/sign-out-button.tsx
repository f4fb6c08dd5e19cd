/** "Đăng xuất": ends the session on the server, forgets everything cached, back to sign-in. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forgetSession, signOut } from '../api/session-api';
import { ErrorMessage } from '../components/error-message';

export function SignOutButton() {
  const queryClient = useQueryClient();
  const mutation = useMutation({ mutationFn: signOut, onSuccess: () => forgetSession(queryClient) });
  return (
    <div className="sign-out">
      <button type="button" className="button button--on-dark" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        Đăng xuất
      </button>
      {mutation.isError ? <ErrorMessage error={mutation.error} /> : null}
    </div>
  );
}
