/**
 * The network as the Mini App sees it, stubbed at `fetch`: procedure answers built by bot-server's
 * own views from the real catalog, search by the real search index, and draft events run by the
 * real engine with the address directory and a reference code, with the server's rules (baseUpdatedAt
 * must match or 409 DRAFT_CHANGED with the current draft; an eventId seen before returns its first
 * answer; a refused answer leaves the stored session as it is). Every body goes through JSON.
 */
import { randomInt } from 'node:crypto';
import type { Procedure } from '../../../shared/schema/procedure-schema';
import type { DraftEventRequest, DraftResponse } from '../../../shared/api/mini-app-api-schemas';
import type { Session } from '../../../shared/engine/engine-types';
import { step } from '../../../shared/engine/step';
import { createProcedureSearch } from '../../../shared/search/procedure-search';
import { generateReferenceCode } from '../../../shared/filing/reference-code';
import { procedureDetail, procedureSummary } from '../../../bot-server/api/procedure-views';
import { latestVersions } from '../../support/latest-versions';
import { realCatalog } from '../../support/real-catalog';
import { addresses } from '../../support/engine-fixtures';

interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
  token: string | null;
}

type Reply = { status: number; body?: unknown };
/** 'network' fails the request as a dropped connection would. */
type Handler = (call: RecordedCall, match: RegExpExecArray) => Reply | 'network' | undefined;

export interface FakeServer {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  calls: RecordedCall[];
  /** Sessions by procedure id, as the server stores them. */
  drafts: Map<string, Session>;
  /** While true, draft events fail as if the phone were offline. */
  offline: boolean;
  /** Extra routes tried before the built-in ones (filings, consents…). */
  routes: { method: string; path: RegExp; reply: Handler }[];
  eventCalls: () => DraftEventRequest[];
}

const TOKEN = 'sim-user-test';
const json = (status: number, body?: unknown): Reply => ({ status, body });
const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Reply => json(status, { error: { code, message }, ...extra });

export function createFakeServer(): FakeServer {
  const { catalog } = realCatalog();
  const procedures = latestVersions(catalog.all() as Procedure[]);
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const search = createProcedureSearch(procedures);
  const seenEvents = new Map<string, DraftResponse>();
  const now = () => new Date().toISOString();

  const draftView = (session: Session): DraftResponse => {
    const procedure = byId.get(session.procedureId) as Procedure;
    return { session, outputs: step(procedure, session, { type: 'resume' }, { now: now(), addresses }).outputs };
  };

  const runEvent = (procedureId: string, request: DraftEventRequest): Reply => {
    const seen = seenEvents.get(request.eventId);
    if (seen) return json(200, seen);
    const procedure = byId.get(procedureId);
    if (!procedure) return error(404, 'PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục này.');
    const stored = server.drafts.get(procedureId);
    if (!stored && request.baseUpdatedAt === null && request.event.type !== 'start') return error(404, 'DRAFT_NOT_FOUND', 'Chưa có hồ sơ đang làm dở.');
    if ((stored?.updatedAt ?? null) !== request.baseUpdatedAt) {
      return error(409, 'DRAFT_CHANGED', 'Hồ sơ vừa được cập nhật ở nơi khác.', { current: stored ? draftView(stored) : null });
    }
    const context = { now: now(), addresses, ...(request.event.type === 'confirm' ? { referenceCode: generateReferenceCode(randomInt) } : {}) };
    const result = step(procedure, request.event.type === 'start' ? undefined : stored, request.event, context);
    if (stored && request.event.type === 'answer' && result.outputs.some((o) => o.kind === 'question' && o.error)) {
      return json(200, { session: stored, outputs: result.outputs });
    }
    const later = stored && result.session.updatedAt <= stored.updatedAt ? new Date(Date.parse(stored.updatedAt) + 1).toISOString() : result.session.updatedAt;
    const session = { ...result.session, updatedAt: later };
    server.drafts.set(procedureId, session);
    const response: DraftResponse = { session, outputs: result.outputs };
    seenEvents.set(request.eventId, response);
    return json(200, response);
  };

  const builtIn: { method: string; path: RegExp; reply: Handler }[] = [
    {
      method: 'GET',
      path: /^\/api\/procedures$/,
      reply: (call) => {
        const q = new URL(`http://x${call.path}`).searchParams.get('q');
        const found = q ? search.search(q, 10).flatMap((hit) => byId.get(hit.id) ?? []) : procedures;
        return json(200, { items: found.map(procedureSummary) });
      },
    },
    { method: 'GET', path: /^\/api\/procedures\/([a-z-]+)$/, reply: (_call, m) => (byId.has(m[1] ?? '') ? json(200, procedureDetail(byId.get(m[1] ?? '') as Procedure, now(), new Set())) : error(404, 'PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục này.')) },
    { method: 'GET', path: /^\/api\/procedures\/([a-z-]+)\/definition$/, reply: (_call, m) => json(200, { procedure: byId.get(m[1] ?? '') }) },
    { method: 'GET', path: /^\/api\/me\/drafts$/, reply: () => json(200, { items: [] }) },
    {
      method: 'GET',
      path: /^\/api\/me\/drafts\/([a-z-]+)$/,
      reply: (_call, m) => {
        const stored = server.drafts.get(m[1] ?? '');
        return stored ? json(200, draftView(stored)) : error(404, 'DRAFT_NOT_FOUND', 'Chưa có hồ sơ đang làm dở.');
      },
    },
    { method: 'POST', path: /^\/api\/me\/drafts\/([a-z-]+)\/events$/, reply: (call, m) => runEvent(m[1] ?? '', call.body as DraftEventRequest) },
    { method: 'POST', path: /^\/api\/me\/handoff$/, reply: () => json(200, { oaId: 'sim-oa' }) },
  ];

  const server: FakeServer = {
    calls: [],
    drafts: new Map(),
    offline: false,
    routes: [],
    eventCalls: () => server.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/events')).map((c) => c.body as DraftEventRequest),
    fetch: async (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost:3000');
      const headers = new Headers(init?.headers);
      const call: RecordedCall = {
        method: init?.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
        token: headers.get('x-zalo-access-token'),
      };
      server.calls.push(call);
      if (server.offline && call.path.startsWith('/api/me/drafts/') && call.method === 'POST') throw new TypeError('Failed to fetch');
      if (call.path.startsWith('/api/me') && call.token !== TOKEN) return toResponse(error(401, 'NOT_SIGNED_IN', 'Chưa đăng nhập Zalo.'));
      for (const route of [...server.routes, ...builtIn]) {
        const match = route.method === call.method ? route.path.exec(url.pathname) : null;
        const reply = match ? route.reply(call, match) : undefined;
        if (reply === 'network') throw new TypeError('Failed to fetch');
        if (reply) return toResponse(reply);
      }
      return toResponse(error(404, 'NOT_FOUND', `No route ${call.method} ${call.path}`));
    },
  };
  return server;
}

function toResponse(reply: Reply): Response {
  const text = reply.body === undefined ? null : JSON.stringify(reply.body);
  return new Response(text, { status: reply.status, headers: text ? { 'content-type': 'application/json' } : {} });
}

/** The token the fake server accepts; tests store it as the app does after `?simUserToken=`. */
export const SIM_TOKEN = TOKEN;
