import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeZalo, type FakeZaloOptions } from '../../../bot-server/simulator/fake-zalo-api';

const APP_SECRET = 'sim-app-secret';
const TOKENS = { accessToken: 'at-0', refreshToken: 'rt-0' };
const RESIDENT = { userToken: 'user-token-1', id: '3368637342326461234', name: 'Trần Văn Bình', phone: '84987654321' };
const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function setup(options: Partial<FakeZaloOptions> = {}) {
  const fake = createFakeZalo({ appId: '42', appSecret: APP_SECRET, initialTokens: TOKENS, residents: [RESIDENT], ...options });
  const app = Fastify({ logger: false });
  await app.register(fake.plugin, { prefix: '/fake-zalo' });
  apps.push(app);
  const send = (text: string, token = fake.currentTokens().accessToken) =>
    app.inject({ method: 'POST', url: '/fake-zalo/v3.0/oa/message/cs', headers: { access_token: token }, payload: { recipient: { user_id: '8912382170034401234' }, message: { text } } });
  const refresh = (refreshToken: string, secret = APP_SECRET) =>
    app.inject({
      method: 'POST',
      url: '/fake-zalo/v4/oa/access_token',
      headers: { secret_key: secret, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ refresh_token: refreshToken, app_id: '42', grant_type: 'refresh_token' }).toString(),
    });
  return { fake, app, send, refresh };
}

describe('fake Zalo OpenAPI', () => {
  it('accepts a send with the valid access_token header, in Zalo’s shape, and records it', async () => {
    const { fake, send } = await setup();
    const heard: string[] = [];
    fake.onMessage((m) => heard.push(m.text));
    const response = await send('Xin chào');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ error: number; data: { message_id: string; user_id: string } }>();
    expect(body).toMatchObject({ error: 0, message: 'Success', data: { user_id: '8912382170034401234' } });
    expect(typeof body.data.message_id).toBe('string');
    expect(fake.sentMessages('8912382170034401234')).toMatchObject([{ text: 'Xin chào', messageId: body.data.message_id }]);
    expect(heard).toEqual(['Xin chào']);
  });

  it('answers HTTP 200 with -216 for a wrong token, and -201 for an invalid body', async () => {
    const { send, app } = await setup();
    expect((await send('x', 'nope')).json()).toEqual({ error: -216, message: 'Access token is invalid' });
    const bad = await app.inject({ method: 'POST', url: '/fake-zalo/v3.0/oa/message/cs', headers: { access_token: 'at-0' }, payload: { recipient: { user_id: 123 }, message: { text: 'x' } } });
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ error: -201 });
    expect((await send('x'.repeat(2001))).json()).toMatchObject({ error: -201 });
  });

  it('applies a counted fault to the next N calls only', async () => {
    const { fake, send } = await setup();
    fake.setFault({ fault: 'outsideWindow', count: 2 });
    expect((await send('1')).json()).toMatchObject({ error: -230 });
    expect((await send('2')).json()).toMatchObject({ error: -230 });
    expect((await send('3')).json()).toMatchObject({ error: 0 });
    expect(fake.fault()).toBeNull();
  });

  it('applies a rate fault using the injected random function', async () => {
    const rolls = [0.1, 0.8, 0.1];
    const { fake, send } = await setup({ random: () => rolls.shift() ?? 1 });
    fake.setFault({ fault: 'rateLimit', rate: 0.5 });
    const codes = [];
    for (const text of ['a', 'b', 'c']) codes.push((await send(text)).json<{ error: number }>().error);
    expect(codes).toEqual([-32, 0, -32]);
  });

  it('answers HTTP 500 for serverError', async () => {
    const { fake, send } = await setup();
    fake.setFault('serverError');
    expect((await send('a')).statusCode).toBe(500);
  });

  it('picks one fault of a mix for each call it hits; -216 lasts until a refresh, and the mix stays on', async () => {
    // Each call rolls for the rate; a hit rolls again to pick from the mix.
    const rolls = [0.1, 0.1, 0.9, 0.2, 0.5, 0.2, 0.9, 0.9, 0.9];
    const { fake, send, refresh } = await setup({ random: () => rolls.shift() ?? 1 });
    fake.setFault({ mix: ['serverError', 'rateLimit', 'tokenExpired'], rate: 0.5 });
    expect((await send('a')).statusCode).toBe(500);
    expect((await send('b')).json()).toMatchObject({ error: 0 });
    expect((await send('c')).json()).toMatchObject({ error: -32 });
    expect((await send('d')).json()).toMatchObject({ error: -216 });
    expect((await send('e')).json()).toMatchObject({ error: -216 }); // no hit, but the token is still expired
    expect(fake.stats.tokenExpiries).toBe(1);
    await refresh('rt-0');
    expect((await send('f')).json()).toMatchObject({ error: 0 });
    expect(fake.sentMessages().map((m) => m.text)).toEqual(['b', 'f']);
    expect(fake.fault()).toEqual({ mix: ['serverError', 'rateLimit', 'tokenExpired'], rate: 0.5 });
  });

  it('never answers a call under timeout and delivers nothing: the caller gives up, or the line drops', async () => {
    const { fake, app, send } = await setup({ hangMs: 300 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${address !== null && typeof address === 'object' ? address.port : 0}/fake-zalo/v3.0/oa/message/cs`;
    const post = (signal?: AbortSignal) =>
      fetch(url, { method: 'POST', headers: { access_token: 'at-0', 'content-type': 'application/json' }, body: JSON.stringify({ recipient: { user_id: '8912382170034401234' }, message: { text: 'x' } }), signal });
    fake.setFault({ fault: 'timeout', count: 2 });
    await expect(post(AbortSignal.timeout(100))).rejects.toThrow(); // our client's own timeout
    const started = Date.now();
    await expect(post()).rejects.toThrow(); // a patient client: the connection drops unanswered
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(fake.sentMessages()).toEqual([]);
    expect((await send('y')).json()).toMatchObject({ error: 0 });
  });
});

describe('fake Zalo OAuth', () => {
  it('rotates both tokens, invalidates the old access token, and rejects a reused refresh token', async () => {
    const { fake, refresh, send } = await setup();
    const first = await refresh('rt-0');
    const pair = first.json<{ access_token: string; refresh_token: string; expires_in: string }>();
    expect(pair.expires_in).toBe('90000');
    expect(pair.access_token).not.toBe('at-0');
    expect(pair.refresh_token).not.toBe('rt-0');
    expect((await send('a', 'at-0')).json()).toMatchObject({ error: -216 });
    expect((await send('a', pair.access_token)).json()).toMatchObject({ error: 0 });
    expect((await refresh('rt-0')).json()).toMatchObject({ error: expect.any(Number), error_name: expect.any(String) });
    expect(fake.stats.refreshCount).toBe(1);
  });

  it('requires the app secret in the secret_key header', async () => {
    const { refresh } = await setup();
    expect((await refresh('rt-0', 'wrong')).json()).toMatchObject({ error: expect.any(Number) });
  });

  it('tokenExpired answers -216 until a refresh happens', async () => {
    const { fake, send, refresh } = await setup();
    fake.setFault('tokenExpired');
    expect((await send('a')).json()).toMatchObject({ error: -216 });
    expect((await send('a')).json()).toMatchObject({ error: -216 });
    await refresh('rt-0');
    expect((await send('a')).json()).toMatchObject({ error: 0 });
    expect(fake.fault()).toBeNull();
  });
});

describe('fake Zalo Graph API', () => {
  it('returns the resident for a known user token', async () => {
    const { app } = await setup();
    const me = await app.inject({ method: 'GET', url: '/fake-zalo/v2.0/me?fields=id,name', headers: { access_token: 'user-token-1' } });
    expect(me.json()).toMatchObject({ id: RESIDENT.id, name: RESIDENT.name });
    const unknown = await app.inject({ method: 'GET', url: '/fake-zalo/v2.0/me', headers: { access_token: 'other' } });
    expect(unknown.json<{ error: number }>().error).not.toBe(0);
  });

  it('reveals the phone number once per phone token, only with the app secret', async () => {
    const { fake, app } = await setup();
    const code = fake.issuePhoneToken('user-token-1') ?? '';
    const info = (secret: string) => app.inject({ method: 'GET', url: '/fake-zalo/v2.0/me/info', headers: { access_token: 'user-token-1', code, secret_key: secret } });
    expect((await info('wrong')).json<{ error: number }>().error).not.toBe(0);
    expect((await info(APP_SECRET)).json()).toEqual({ data: { number: RESIDENT.phone }, error: 0, message: 'Success' });
    expect((await info(APP_SECRET)).json<{ error: number }>().error).not.toBe(0);
  });
});

describe('fake Zalo control routes', () => {
  it('switches faults and lists messages per resident', async () => {
    const { fake, app, send } = await setup();
    const set = await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { fault: 'rateLimit', count: 1 } });
    expect(set.json()).toEqual({ fault: { fault: 'rateLimit', count: 1 } });
    expect((await send('a')).json()).toMatchObject({ error: -32 });
    await send('b');
    const listed = await app.inject({ method: 'GET', url: '/fake-zalo/__control/messages?userId=8912382170034401234' });
    expect(listed.json<{ items: { text: string }[] }>().items.map((m) => m.text)).toEqual(['b']);
    await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { fault: 'serverError' } });
    const cleared = await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { fault: null } });
    expect(cleared.json()).toEqual({ fault: null });
    expect(fake.fault()).toBeNull();
    expect((await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { fault: 'meteor' } })).statusCode).toBe(400);
    const mix = await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { mix: ['serverError', 'timeout'], rate: 0.3 } });
    expect(mix.json()).toEqual({ fault: { mix: ['serverError', 'timeout'], rate: 0.3 } });
    expect((await app.inject({ method: 'POST', url: '/fake-zalo/__control/fault', payload: { mix: [] } })).statusCode).toBe(400);
  });

  it('reset restores the initial state', async () => {
    const { fake, send, refresh } = await setup();
    await send('a');
    await refresh('rt-0');
    fake.setFault('slow');
    fake.reset();
    expect(fake.sentMessages()).toEqual([]);
    expect(fake.stats).toEqual({ refreshCount: 0, sendCount: 0, tokenExpiries: 0 });
    expect(fake.currentTokens()).toEqual(TOKENS);
    expect(fake.fault()).toBeNull();
  });
});
