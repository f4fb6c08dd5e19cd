/**
 * The console server (workers running) on SQLite or on a fresh PostgreSQL schema, with the birth
 * registration answers a volunteer would type in for a resident, and small helpers to prepare a
 * filing and to open the Mini App as a chat resident.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import { createTestDatabase, type TestDialect } from '../storage/database-targets';

/** What the volunteer enters, typed as a person would ("01/03/2026", "0912 345 678"). */
export const BIRTH_ANSWERS = {
  registered_before: 'không',
  foreign_element: 'không',
  registrant_relationship: 'cha',
  child_birth_date: '01/03/2026',
  birth_proof: '1',
  child_full_name: 'Nguyễn Hoàng Nam',
  child_sex: 'nam',
  registrant_full_name: 'Trần Thị Mai',
  registrant_citizen_id: '001190012345',
  registrant_phone: '0912 345 678',
  residence_address: '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh',
};

export interface AssistedFilingServer extends ConsoleServer {
  prepare(as: string, body: { resident: { zaloId: string } | { phone: string }; answers?: Record<string, unknown>; requestId?: string; procedureId?: string }): Promise<LightMyRequestResponse>;
  /** A Mini App token for the chat resident `userId` (the simulator links them by `app-<userId>`). */
  miniAppToken(userId: string, phone?: string): string;
}

export async function startAssistedFilingServer(dialect: TestDialect): Promise<AssistedFilingServer> {
  const database = dialect === 'postgres' ? await createTestDatabase('postgres') : undefined;
  const env: Record<string, string> = database ? { DATABASE_URL: database.url, DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64') } : {};
  const server = await startConsoleServer({ workers: true, env });
  const fake = server.app.fakeZalo;
  if (!fake) throw new Error('simulator mode expected');
  return {
    ...server,
    async prepare(as, { resident, answers = BIRTH_ANSWERS, requestId = randomUUID(), procedureId = 'birth-registration' }) {
      return server.call(await server.session(as), 'POST', '/api/console/assisted-filings', { payload: { resident, procedureId, answers, requestId } });
    },
    miniAppToken(userId, phone) {
      return fake.addResident({ userToken: `token-${userId}`, id: `app-${userId}`, name: 'Trần Thị Mai', ...(phone ? { phone } : {}) }).userToken;
    },
    async close() {
      await server.close();
      await database?.dispose();
    },
  };
}
