/** Creating a console account: the same rules for the admin route and `npm run user:add`. */
import type { Db } from '../storage/database-types';
import { insertStaffUser } from '../storage/staff-user-store';
import { recordAudit } from '../storage/audit-log-store';
import type { CreateStaffUserRequest } from '../../shared/api/console-api-schemas';
import { hashPassword, passwordProblem } from './staff-passwords';
import { consoleErrors } from './console-errors';
import type { HttpError } from '../app/http-errors';

export type CreateStaffAccountResult = { ok: true; id: number } | { ok: false; error: HttpError };

/**
 * Checks the password, hashes it and stores the account, then records `user.created` (by
 * `actorId`, or null for the command line). The password is never stored or logged in clear.
 */
export async function createStaffAccount(db: Db, input: CreateStaffUserRequest, context: { now: string; actorId: number | null }): Promise<CreateStaffAccountResult> {
  const problem = passwordProblem(input.password);
  if (problem === 'tooShort') return { ok: false, error: consoleErrors.passwordTooShort() };
  if (problem === 'tooLong') return { ok: false, error: consoleErrors.passwordTooLong() };
  const id = await insertStaffUser(db, {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    communeCode: input.communeCode,
    passwordHash: await hashPassword(input.password),
    createdAt: context.now,
  });
  if (id === undefined) return { ok: false, error: consoleErrors.usernameTaken() };
  await recordAudit(db, {
    at: context.now,
    userId: context.actorId,
    action: 'user.created',
    subjectType: 'staff_user',
    subjectId: String(id),
    detail: { username: input.username.toLowerCase(), role: input.role, by: context.actorId === null ? 'cli' : 'console' },
  });
  return { ok: true, id };
}
