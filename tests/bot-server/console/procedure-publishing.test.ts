/**
 * Publishing a procedure version: a content editor adds version 2 of temporary residence as a
 * draft file (version 1 archived); residents keep getting version 1 until an admin publishes
 * version 2 in the console, then get version 2 from its effectiveFrom date. Audited; admins only.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';
import type { ConsoleProcedure } from '../../../shared/api/console-procedure-schemas';
import { startConsoleServer, type ConsoleServer } from './console-harness';

/** A copy of the catalog where temporary residence v2 (shorter processing time) waits as a draft from 2026-03-01. */
function catalogWithDraft(): string {
  const directory = join(mkdtempSync(join(tmpdir(), 'dvc-catalog-')), 'procedures');
  cpSync('shared/procedures', directory, { recursive: true });
  mkdirSync(join(directory, 'archive'), { recursive: true });
  const current = join(directory, 'temporary-residence.yaml');
  const v1 = readFileSync(current, 'utf8');
  renameSync(current, join(directory, 'archive', 'temporary-residence.v1.yaml'));
  const v2 = v1.replace('version: 1\n', 'version: 2\n').replace(/effectiveFrom: "[^"]+"/, 'effectiveFrom: "2026-03-01"').replace('status: published', 'status: draft');
  writeFileSync(current, v2);
  return directory;
}

let server: ConsoleServer;
beforeAll(async () => {
  server = await startConsoleServer({ catalogDirectory: catalogWithDraft() });
  await server.addUser('quantri', 'admin');
  await server.addUser('lan', 'official');
});
afterAll(() => server.close());

const temporaryResidence = async (as: string): Promise<ConsoleProcedure> => {
  const response = await server.call(await server.session(as), 'GET', '/api/console/procedures');
  const found = (response.json() as { items: ConsoleProcedure[] }).items.find((item) => item.id === 'temporary-residence');
  if (!found) throw new Error('temporary-residence missing');
  return found;
};
const servedVersion = async () => ((await server.app.inject({ url: '/api/procedures/temporary-residence' })).json() as { procedure: { version: number } }).procedure.version;

describe('publishing a procedure version', () => {
  it('keeps serving version 1 while version 2 is a draft', async () => {
    const item = await temporaryResidence('lan');
    expect(item.versions.map((v) => [v.version, v.status, v.inForce])).toEqual([
      [2, 'draft', false],
      [1, 'published', true],
    ]);
    expect(await servedVersion()).toBe(1);
  });

  it('refuses an official, and an unknown version', async () => {
    const lan = await server.session('lan');
    expect((await server.call(lan, 'POST', '/api/console/procedures/temporary-residence/versions/2/publish')).statusCode).toBe(403);
    const admin = await server.session('quantri');
    const unknown = await server.call(admin, 'POST', '/api/console/procedures/temporary-residence/versions/9/publish');
    expect(unknown.json()).toMatchObject({ error: { code: 'PROCEDURE_VERSION_NOT_FOUND' } });
  });

  it('serves version 2 to residents once an admin publishes it, and logs who did', async () => {
    const admin = await server.session('quantri');
    const published = await server.call(admin, 'POST', '/api/console/procedures/temporary-residence/versions/2/publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ item: { versions: [{ version: 2, status: 'published', inForce: true, publishedBy: 'Cán bộ quantri' }, { version: 1, inForce: false }] } });
    expect(await servedVersion()).toBe(2);

    const again = await server.call(admin, 'POST', '/api/console/procedures/temporary-residence/versions/2/publish');
    expect(again.json()).toMatchObject({ error: { code: 'PROCEDURE_VERSION_PUBLISHED' } });
    const audit = (await server.call(admin, 'GET', '/api/console/audit-log')).json() as AuditLogResponse;
    expect(audit.items[0]).toMatchObject({ username: 'quantri', action: 'procedure.published', subjectId: 'temporary-residence', detail: { version: 2 } });
  });
});
