import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { createFaultSwitch, FAULTS, heldUntilAbandoned, parseFaultSetting, type FakeFault, type FaultSetting } from './fake-zalo-faults';

export type FakeSentMessage = { messageId: string; userId: string; text: string; sentAt: string };
/** A Mini App user known to the fake Graph API: `id` is app-scoped (the webhook's `user_id_by_app`). */
export type FakeResident = { userToken: string; id: string; name: string; phone?: string };

export type FakeZaloOptions = {
  appSecret: string;
  initialTokens: { accessToken: string; refreshToken: string };
  appId?: string;
  residents?: FakeResident[];
  random?: () => number;
  now?: () => Date;
  slowMs?: number;
  /** How long a `timeout` fault holds a call the caller has not given up on (then drops it). */
  hangMs?: number;
};

const sendSchema = z.object({
  recipient: z.object({ user_id: z.string().min(1) }),
  message: z.object({ text: z.string().min(1).max(2000) }),
});
// Oauth error codes are placeholders: Zalo's real ones are unconfirmed. Only the shape matters.
const oauthError = (error: number, name: string) => ({ error, error_name: name, error_description: name });
const zaloError = (error: number, message: string) => ({ error, message });
const DEFAULT_RESIDENT: FakeResident = { userToken: 'fake-user-token', id: '3368637342326461234', name: 'Nguyễn Thị Lan', phone: '84912345678' };

/**
 * Plays Zalo's servers on this machine, following reference/zalo-platform.md: OpenAPI
 * (`/v3.0/oa/...`), OAuth (`/v4/oa/access_token`) and Graph (`/v2.0/me`). `plugin` is encapsulated
 * (fastify-plugin is not used) and MUST be registered with a prefix, e.g.
 * `app.register(fake.plugin, { prefix: '/fake-zalo' })`, which then is all three base URLs.
 * Errors are HTTP 200 with a non-zero `error`, as Zalo does; `serverError` is the one HTTP 500,
 * and `timeout` the one call that gets no answer at all.
 */
export function createFakeZalo(options: FakeZaloOptions) {
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());
  const residents = [...(options.residents ?? [DEFAULT_RESIDENT])];
  // tokenExpiries: times a valid access token was made invalid (each should cost one refresh).
  const stats = { refreshCount: 0, sendCount: 0, tokenExpiries: 0 };
  const listeners = new Set<(message: FakeSentMessage) => void>();
  let tokens = { ...options.initialTokens };
  let accessTokenValid = true;
  const faults = createFaultSwitch(random);
  let sent: FakeSentMessage[] = [];
  let phoneTokens = new Map<string, FakeResident>();

  const control = {
    stats,
    sentMessages: (userId?: string): FakeSentMessage[] => sent.filter((m) => userId === undefined || m.userId === userId),
    /**
     * `tokenExpired` answers -216 to the current access token until a refresh happens. `timeout`
     * never answers: the call is held until the caller gives up (or `hangMs`), then dropped
     * undelivered.
     */
    setFault(setting: FaultSetting | FakeFault | null): void {
      faults.set(typeof setting === 'string' ? { fault: setting } : setting);
      if (faults.isLoneTokenExpiry()) control.expireAccessToken();
    },
    fault: (): FaultSetting | null => faults.current(),
    expireAccessToken(): void {
      if (accessTokenValid) stats.tokenExpiries += 1;
      accessTokenValid = false;
    },
    /** The pair Zalo currently honours (the simulator seeds the token manager with it). */
    currentTokens: () => ({ ...tokens }),
    /**
     * Makes a Mini App user known to the fake Graph API (the simulator's chat residents open the
     * Mini App this way). Registering an id again returns the user already known.
     */
    addResident(resident: FakeResident): FakeResident {
      const known = residents.find((r) => r.id === resident.id);
      if (known) return known;
      residents.push(resident);
      return resident;
    },
    /** What zmp-sdk `getPhoneNumber()` would return: a single-use token for `/v2.0/me/info`. */
    issuePhoneToken(userToken: string): string | undefined {
      const resident = residents.find((r) => r.userToken === userToken);
      if (!resident) return undefined;
      const code = `fake-phone-${randomUUID()}`;
      phoneTokens.set(code, resident);
      return code;
    },
    onMessage(listener: (message: FakeSentMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset(): void {
      tokens = { ...options.initialTokens };
      accessTokenValid = true;
      faults.set(null);
      sent = [];
      phoneTokens = new Map();
      stats.refreshCount = 0;
      stats.sendCount = 0;
      stats.tokenExpiries = 0;
    },
  };

  /** Shared front of the OpenAPI routes: faults, then the `access_token` header. A reply, 'dropped', or null to go on. */
  async function guard(request: FastifyRequest): Promise<{ status: number; body: object } | 'dropped' | null> {
    let hit = faults.hit();
    if (hit === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 3000));
      hit = null;
    }
    if (hit === 'timeout') {
      await heldUntilAbandoned(request, options.hangMs ?? 30_000);
      return 'dropped';
    }
    if (hit === 'tokenExpired') control.expireAccessToken();
    if (hit === 'serverError') return { status: 500, body: { error: -1, message: 'Internal server error' } };
    if (request.headers.access_token !== tokens.accessToken || !accessTokenValid) {
      return { status: 200, body: zaloError(-216, 'Access token is invalid') };
    }
    if (hit === 'rateLimit') return { status: 200, body: zaloError(-32, 'Request rate limit exceeded') };
    if (hit === 'outsideWindow') return { status: 200, body: zaloError(-230, 'User has not interacted with the OA in the past 7 days') };
    return null;
  }

  /** Answers a call the active fault (or a bad token) refuses; true when it did. */
  async function refused(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const outcome = await guard(request);
    if (outcome === null) return false;
    if (outcome === 'dropped') {
      reply.hijack();
      request.raw.socket.destroy(); // no answer at all: the caller sees its timeout or a reset
    } else {
      await reply.status(outcome.status).send(outcome.body);
    }
    return true;
  }

  const plugin: FastifyPluginAsync = async (app) => {
    if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) {
      app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      });
    }

    app.post('/v3.0/oa/message/cs', async (request, reply) => {
      stats.sendCount += 1;
      if (await refused(request, reply)) return reply;
      const body = sendSchema.safeParse(request.body);
      if (!body.success) return zaloError(-201, 'Parameter is invalid');
      const message = { messageId: randomUUID().replaceAll('-', ''), userId: body.data.recipient.user_id, text: body.data.message.text, sentAt: String(now().getTime()) };
      sent.push(message);
      for (const listener of listeners) {
        try {
          listener(message);
        } catch (error) {
          request.log.warn({ err: error }, 'fake Zalo message listener failed');
        }
      }
      return { error: 0, message: 'Success', data: { message_id: message.messageId, user_id: message.userId } };
    });

    // Conversation read-back (UNCONFIRMED shape, from third-party docs): recent messages, newest
    // first; `src` 0 = sent by the OA. The bot uses it to avoid resending a reply cut off by a crash.
    app.get('/v2.0/oa/conversation', async (request, reply) => {
      if (await refused(request, reply)) return reply;
      const query = z.object({ data: z.string() }).safeParse(request.query);
      const data = query.success ? z.object({ user_id: z.string(), offset: z.number().int().min(0).default(0), count: z.number().int().min(1).max(50).default(10) }).safeParse(safeJson(query.data.data)) : undefined;
      if (!data?.success) return zaloError(-201, 'Parameter is invalid');
      const { user_id: userId, offset, count } = data.data;
      const recent = sent.filter((m) => m.userId === userId).reverse().slice(offset, offset + count);
      return { error: 0, message: 'Success', data: recent.map((m) => ({ message_id: m.messageId, src: 0, type: 'text', message: m.text, time: Number(m.sentAt) })) };
    });

    app.post('/v3.0/oa/quota/message', async (request, reply) => {
      if (await refused(request, reply)) return reply;
      const userId = z.object({ user_id: z.string().min(1) }).safeParse(request.body);
      if (!userId.success) return zaloError(-201, 'Parameter is invalid');
      const last = sent.filter((m) => m.userId === userId.data.user_id).at(-1);
      return { error: 0, message: 'Success', data: { last_interaction: last?.sentAt ?? null, cs_reply: { remain: 1000 } } };
    });

    app.post('/v4/oa/access_token', async (request) => {
      const form = z.record(z.string(), z.string()).safeParse(request.body);
      if (request.headers.secret_key !== options.appSecret) return oauthError(-14002, 'Invalid secret key');
      if (!form.success || form.data.grant_type !== 'refresh_token') return oauthError(-14001, 'Invalid grant_type');
      if (options.appId !== undefined && form.data.app_id !== options.appId) return oauthError(-14003, 'Invalid app_id');
      // Single use: only the latest refresh token is honoured.
      if (form.data.refresh_token !== tokens.refreshToken) return oauthError(-14014, 'Invalid refresh token');
      stats.refreshCount += 1;
      const n = stats.refreshCount;
      tokens = { accessToken: `fake-access-${n}-${randomUUID()}`, refreshToken: `fake-refresh-${n}-${randomUUID()}` };
      accessTokenValid = true;
      if (faults.isLoneTokenExpiry()) faults.set(null);
      return { access_token: tokens.accessToken, refresh_token: tokens.refreshToken, expires_in: '90000' };
    });

    app.get('/v2.0/me', async (request) => {
      const resident = residents.find((r) => r.userToken === request.headers.access_token);
      if (!resident) return zaloError(-216, 'Access token is invalid');
      return { id: resident.id, name: resident.name, error: 0, message: 'Success' };
    });

    app.get('/v2.0/me/info', async (request) => {
      const { headers } = request;
      if (headers.secret_key !== options.appSecret) return zaloError(-124, 'Invalid secret key');
      const code = typeof headers.code === 'string' ? headers.code : '';
      const resident = phoneTokens.get(code);
      phoneTokens.delete(code);
      if (!resident || resident.userToken !== headers.access_token || !resident.phone) return zaloError(-201, 'Invalid phone token');
      return { data: { number: resident.phone }, error: 0, message: 'Success' };
    });

    app.post('/__control/fault', async (request, reply) => {
      const body = parseFaultSetting(request.body);
      if (!body.ok) return reply.status(400).send({ error: `fault must be one of ${FAULTS.join(', ')}, or null; or mix: a list of them` });
      control.setFault(body.setting);
      return { fault: control.fault() };
    });

    app.get('/__control/messages', async (request, reply) => {
      const query = z.object({ userId: z.string().min(1).optional() }).safeParse(request.query);
      if (!query.success) return reply.status(400).send({ error: 'userId must be a single non-empty string' });
      return { items: control.sentMessages(query.data.userId) };
    });
  };

  return { plugin, ...control };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
