/**
 * Username and password, each with a visible label. Empty fields are caught here with a message
 * beside the field; everything else (wrong password, lock-out with its end time) is the server's
 * own Vietnamese message, shown as given.
 */
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useSignIn } from './use-sign-in';

type Field = 'username' | 'password';
const MISSING: Record<Field, string> = { username: 'Hãy nhập tên đăng nhập.', password: 'Hãy nhập mật khẩu.' };

export function SignInForm() {
  const signIn = useSignIn();
  const [missing, setMissing] = useState<Field[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const empty = (['username', 'password'] as const).filter((field) => (field === 'username' ? username : password) === '');
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(empty[0] ?? 'username')?.focus();
      return;
    }
    signIn.mutate({ username, password });
  };

  const field = (name: Field, label: string, type: string, autoComplete: string) => {
    const isMissing = missing.includes(name);
    return (
      <div className="field">
        <label htmlFor={name}>{label}</label>
        {isMissing ? (
          <p className="field__error" id={`${name}-error`}>
            {MISSING[name]}
          </p>
        ) : null}
        <input id={name} name={name} type={type} autoComplete={autoComplete} spellCheck={false} aria-invalid={isMissing || undefined} aria-describedby={isMissing ? `${name}-error` : undefined} />
      </div>
    );
  };

  return (
    <form className="sign-in-form" onSubmit={submit} noValidate>
      {signIn.isError ? <ErrorMessage error={signIn.error} /> : null}
      {field('username', 'Tên đăng nhập', 'text', 'username')}
      {field('password', 'Mật khẩu', 'password', 'current-password')}
      <button type="submit" className="button" disabled={signIn.isPending}>
        {signIn.isPending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
