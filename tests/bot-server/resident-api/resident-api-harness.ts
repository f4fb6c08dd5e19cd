/**
 * A real bot-server (simulator mode, listening, so its Graph client reaches the fake Zalo over
 * HTTP) with Mini App residents registered in the fake Graph API, and a small client for the
 * resident API. `postgres` runs the same server on a fresh PostgreSQL schema.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { createTestDatabase, type TestDatabase } from '../storage/database-targets';
import { startTestServer, type TestServer } from '../../support/test-server';
import type { BuildOptions } from '../../../bot-server/app/build-app';
import type { DraftResponse } from '../../../shared/api/mini-app-api-schemas';
import type { EngineEvent } from '../../../shared/engine/engine-types';

export interface MiniAppUser {
  token: string;
  /** App-scoped id (the webhook's `user_id_by_app`). */
  appUserId: string;
}

export interface ResidentApiServer extends TestServer {
  /** Registers a Mini App user with the fake Graph API; `chatUserId` makes them the simulator chat resident of that id. */
  user(options?: { chatUserId?: string; name?: string }): MiniAppUser;
  call(user: MiniAppUser | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** Posts an event with a fresh id on top of `base` (the session the app last saw). */
  send(user: MiniAppUser, procedureId: string, event: EngineEvent, base: DraftResponse['session'] | null, eventId?: string): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function startResidentApiServer(options: { dialect?: 'sqlite' | 'postgres'; env?: Record<string, string> } & BuildOptions = {}): Promise<ResidentApiServer> {
  const { dialect = 'sqlite', env: extraEnv = {}, ...build } = options;
  let database: TestDatabase | undefined;
  const env: Record<string, string> = { ...extraEnv };
  if (dialect === 'postgres') {
    database = await createTestDatabase('postgres');
    env.DATABASE_URL = database.url;
    env.DATA_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');
  }
  const server = await startTestServer(env, { residentBurst: { windowMs: 10_000, max: 10_000 }, ...build });
  const fake = server.app.fakeZalo;
  if (!fake) throw new Error('simulator mode expected');
  const call: ResidentApiServer['call'] = (user, method, url, payload) =>
    server.app.inject({ method, url, headers: user ? { 'x-zalo-access-token': user.token } : {}, ...(payload ? { payload } : {}) });
  return {
    ...server,
    user({ chatUserId, name } = {}) {
      counter += 1;
      const appUserId = chatUserId ? `app-${chatUserId}` : `app-only-${counter}-${randomUUID().slice(0, 8)}`;
      const resident = fake.addResident({ userToken: `token-${randomUUID()}`, id: appUserId, name: name ?? `Cư dân ${counter}`, phone: '84912345678' });
      return { token: resident.userToken, appUserId: resident.id };
    },
    call,
    send: (user, procedureId, event, base, eventId = randomUUID()) =>
      call(user, 'POST', `/api/me/drafts/${procedureId}/events`, { event, eventId, baseUpdatedAt: base?.updatedAt ?? null }),
    async close() {
      await server.close();
      await database?.dispose();
    },
  };
}
