/** `npm run procedures:check` passes on the real catalog and fails readably on a broken file. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

function runCheck(folder?: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bot-server/cli/check-procedures.ts', ...(folder ? [folder] : [])], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('procedures:check', () => {
  it('passes on the catalog', () => {
    const { status, output } = runCheck();
    expect(output).toMatch(/^ok: 13 procedure\(s\), \d+ scenario\(s\), no problems\.$/m);
    expect(status).toBe(0);
  });

  it('fails on a broken file, naming file, line, path and problem', () => {
    const folder = mkdtempSync(join(tmpdir(), 'catalog-'));
    const text = readFileSync('shared/procedures/temporary-residence.yaml', 'utf8').replace('kind: flow', 'kind: flow\nstatus_: oops');
    writeFileSync(join(folder, 'temporary-residence.yaml'), text);
    const { status, output } = runCheck(folder);
    expect(status).toBe(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('status_:')) + 1;
    expect(output).toContain(`temporary-residence.yaml:${line}: status_: unknown field "status_"`);
    expect(output).toContain('1 problem(s) in 1 file(s).');
  });

  it('reads archived versions too, so sessions pinned to them keep working', () => {
    const folder = mkdtempSync(join(tmpdir(), 'catalog-'));
    mkdirSync(join(folder, 'archive'));
    const v1 = readFileSync('shared/procedures/certified-copy.yaml', 'utf8');
    writeFileSync(join(folder, 'archive', 'certified-copy.v1.yaml'), v1);
    writeFileSync(join(folder, 'certified-copy.yaml'), v1.replace(/^version: 1$/m, 'version: 2').replace(/^effectiveFrom: .*$/m, 'effectiveFrom: "2027-01-01"'));
    const { status, output } = runCheck(folder);
    expect(output).toMatch(/^ok: 2 procedure\(s\)/m);
    expect(status).toBe(0);
  });
});
