/**
 * Console sessions: a random 256-bit token lives only in the official's cookie; the database keys
 * the session by its SHA-256, so a leaked database copy signs nobody in. Each session also gets its
 * own random CSRF token (see console-auth.ts).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../storage/database-types';
import { deleteExpiredStaffSessions, insertStaffSession } from '../storage/staff-session-store';

/** An official's working day; after it they sign in again. */
const SESSION_LIFETIME_MS = 8 * 3_600_000;

export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Starts a session for `userId`; returns the cookie token (only its hash is stored) and the CSRF token. */
export async function startStaffSession(db: Db, userId: number, now: Date): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await deleteExpiredStaffSessions(db, now.toISOString());
  await insertStaffSession(db, {
    id: sessionIdOf(token),
    user_id: userId,
    csrf_secret: csrfToken,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    last_seen_at: now.toISOString(),
  });
  return { token, csrfToken, expiresAt };
}

/** Compares two tokens in time that does not depend on where they differ. */
export function sameToken(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
