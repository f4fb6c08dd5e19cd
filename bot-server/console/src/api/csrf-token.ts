/**
 * The session's CSRF token (see bot-server/console-api/console-auth.ts), held in memory only: it
 * comes with sign-in and with GET /api/console/session, and goes out on every POST.
 */
let current: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  current = token;
}

export function csrfToken(): string | null {
  return current;
}
