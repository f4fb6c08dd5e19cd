import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient, GraphUnavailableError } from '../../../bot-server/zalo/graph-client';
import { APP_SECRET, deadBaseUrl, recordingLogger, startFakeZalo } from '../zalo/fake-zalo-server';

const RESIDENT = { userToken: 'user-token-1', id: '3368637342326461234', name: 'Nguyễn Thị Lan', phone: '84912345678' };
let fake: Awaited<ReturnType<typeof startFakeZalo>>;
beforeAll(async () => {
  fake = await startFakeZalo({ residents: [RESIDENT] });
});
afterAll(() => fake.close());

const client = (graphUrl: string, appSecret = APP_SECRET) => {
  const recording = recordingLogger();
  return { logged: recording.text, graph: createGraphClient({ graphUrl: () => graphUrl, appSecret, logger: recording.logger, timeoutMs: 2000 }) };
};

describe('Zalo Graph API client', () => {
  it('names the app-scoped user behind a token, and refuses an unknown token', async () => {
    const { graph } = client(fake.baseUrl);
    expect(await graph.me(RESIDENT.userToken)).toEqual({ ok: true, user: { id: RESIDENT.id, name: RESIDENT.name } });
    expect(await graph.me('nobody')).toEqual({ ok: false, code: -216 });
  });

  it('exchanges a phone token once, only with the app secret, and never logs the number or tokens', async () => {
    const { graph, logged } = client(fake.baseUrl);
    const code = fake.fake.issuePhoneToken(RESIDENT.userToken) ?? '';
    expect(await graph.phoneNumber(RESIDENT.userToken, code)).toEqual({ ok: true, number: '84912345678' });
    expect((await graph.phoneNumber(RESIDENT.userToken, code)).ok).toBe(false);
    const wrongSecret = client(fake.baseUrl, 'not-the-secret');
    expect((await wrongSecret.graph.phoneNumber(RESIDENT.userToken, fake.fake.issuePhoneToken(RESIDENT.userToken) ?? '')).ok).toBe(false);
    const text = logged() + wrongSecret.logged();
    expect(text).toContain('refused a phone token');
    expect(text).not.toContain('912345678');
    expect(text).not.toContain(RESIDENT.userToken);
    expect(text).not.toContain(code);
  });

  it('reports Zalo out of reach as an error, not as a refused token', async () => {
    const { graph, logged } = client(await deadBaseUrl());
    await expect(graph.me(RESIDENT.userToken)).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(logged()).toContain('unreachable');
    expect(logged()).not.toContain(RESIDENT.userToken);
  });
});
