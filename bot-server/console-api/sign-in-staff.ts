/**
 * Signing in to the console with a username and password. After `LOCK_AFTER_FAILURES` wrong
 * passwords in a row the account is locked for `LOCK_DURATION_MS`; while locked even the right
 * password is refused. Unknown, disabled and wrong-password attempts get the same answer and take
 * about as long (see staff-passwords.ts), so only a lock-out tells that a username exists.
 */
import type { Db } from '../storage/database-types';
import { findStaffUserByUsername, type StaffUserRow } from '../storage/staff-user-store';
import { clearFailedSignIns, recordFailedSignIn } from '../storage/staff-lockout-store';
import { recordAudit } from '../storage/audit-log-store';
import type { SignInRequest } from '../../shared/api/console-api-schemas';
import type { HttpError } from '../app/http-errors';
import { checkPassword } from './staff-passwords';
import { startStaffSession } from './staff-session';
import { consoleErrors } from './console-errors';

const LOCK_AFTER_FAILURES = 5;
const LOCK_DURATION_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; user: StaffUserRow; token: string; csrfToken: string; expiresAt: Date }
  | { ok: false; error: HttpError };

export async function signInStaff(db: Db, credentials: SignInRequest, now: Date): Promise<SignInResult> {
  const at = now.toISOString();
  const found = await findStaffUserByUsername(db, credentials.username);
  const user = found && found.disabled_at === null ? found : undefined;
  const audit = (action: string, detail?: Record<string, string>) =>
    recordAudit(db, { at, userId: user?.id ?? null, action, subjectType: 'staff_user', subjectId: found ? String(found.id) : null, detail });

  if (user?.locked_until && user.locked_until > at) {
    await audit('sign-in.refused-locked');
    return { ok: false, error: consoleErrors.accountLocked(user.locked_until) };
  }
  const matches = await checkPassword(user?.password_hash, credentials.password);
  if (!user) {
    // What was typed as an unknown username is not kept: people type their password there by mistake.
    await audit('sign-in.failed', { reason: found ? 'disabled' : 'unknownUser' });
    return { ok: false, error: consoleErrors.invalidCredentials() };
  }
  if (!matches) {
    const { lockedUntil } = await recordFailedSignIn(db, { userId: user.id, maxAttempts: LOCK_AFTER_FAILURES, lockUntil: new Date(now.getTime() + LOCK_DURATION_MS).toISOString() });
    await audit('sign-in.failed', { reason: 'wrongPassword' });
    if (lockedUntil) {
      await audit('sign-in.locked', { until: lockedUntil });
      return { ok: false, error: consoleErrors.accountLocked(lockedUntil) };
    }
    return { ok: false, error: consoleErrors.invalidCredentials() };
  }
  await clearFailedSignIns(db, user.id);
  const session = await startStaffSession(db, user.id, now);
  await audit('sign-in.succeeded');
  return { ok: true, user, ...session };
}
