/** A simulator resident opens the Mini App as themselves: same app-scoped id as their chat webhooks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../shared/api/mini-app-api-schemas';
import { startResidentApiServer, type ResidentApiServer } from './resident-api-harness';

let server: ResidentApiServer;
beforeAll(async () => {
  server = await startResidentApiServer();
});
afterAll(() => server.close());

describe('simulator Mini App tokens', () => {
  it('gives a chat resident a token the fake Graph API knows, and a Mini App URL carrying it', async () => {
    const { userId } = (await server.app.inject({ method: 'POST', url: '/simulator/api/residents' })).json() as { userId: string };
    await server.turn(userId, 'xin chào');
    const response = await server.app.inject({ method: 'POST', url: '/simulator/api/mini-app-token', payload: { userId, name: 'Lê Văn Tám' } });
    expect(response.statusCode).toBe(200);
    const { userToken, miniAppUrl } = response.json() as { userToken: string; miniAppUrl: string };
    expect(miniAppUrl).toBe(`/mini-app/?simUserToken=${encodeURIComponent(userToken)}`);

    const me = await server.app.inject({ url: '/api/me', headers: { 'x-zalo-access-token': userToken } });
    expect(me.json()).toEqual({ resident: { name: 'Lê Văn Tám', linkedToChat: true }, openHandoff: false } satisfies MeResponse);
    // Asking again for the same resident keeps working with the first token.
    const again = (await server.app.inject({ method: 'POST', url: '/simulator/api/mini-app-token', payload: { userId } })).json() as { userToken: string };
    expect(again.userToken).toBe(userToken);

    const { phoneToken } = (await server.app.inject({ method: 'POST', url: '/simulator/api/phone-token', payload: { userToken } })).json() as { phoneToken: string };
    const phone = await server.app.inject({ method: 'POST', url: '/api/me/phone', headers: { 'x-zalo-access-token': userToken }, payload: { phoneToken } });
    expect(phone.json()).toEqual({ phone: expect.stringMatching(/^098\d{7}$/) });
  }, 30_000);
});
