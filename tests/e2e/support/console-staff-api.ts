/**
 * Another official acting at the same time, straight through the console API (signed in with the
 * session cookie and CSRF token, as the console itself does), for what a test needs done off-screen.
 */
import type { ConsoleHarness, StaffAccount } from './console-harness';
import { PASSWORD } from './console-harness';

export interface StaffApi {
  post(path: string, body?: object): Promise<{ status: number; body: unknown }>;
}

export async function staffApi(harness: ConsoleHarness, account: StaffAccount): Promise<StaffApi> {
  const { baseUrl } = harness.server;
  const signIn = await fetch(`${baseUrl}/api/console/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: account.username, password: PASSWORD }) });
  if (signIn.status !== 200) throw new Error(`sign-in as ${account.username} answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return {
    async post(path, body) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}
