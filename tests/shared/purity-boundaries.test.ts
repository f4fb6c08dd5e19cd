/**
 * shared/ is the functional core: no Node or DOM, no clock or randomness, no imports from the
 * other folders, and no zod at run time in what the Mini App bundles. These rules must bite.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const eslint = new ESLint();

async function lintMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('import boundaries (eslint)', () => {
  it('stops shared/ from importing bot-server or mini-app', async () => {
    expect(await lintMessages('shared/engine/x.ts', "import { a } from '../../bot-server/app';\nexport const b = a;\n")).toContainEqual(expect.stringMatching(/must not import bot-server/));
    expect(await lintMessages('shared/text/x.ts', "import { a } from '../../mini-app/app';\nexport const b = a;\n")).toContainEqual(expect.stringMatching(/must not import bot-server or mini-app/));
  });

  it('stops the engine from loading zod at run time, but allows its types', async () => {
    expect(await lintMessages('shared/engine/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toContainEqual(expect.stringMatching(/zod types only/));
    expect(await lintMessages('shared/engine/x.ts', "import type { z } from 'zod';\nexport type S = z.ZodString;\n")).toEqual([]);
  });

  it('stops shared/ from reading the clock or randomness', async () => {
    expect(await lintMessages('shared/rules/x.ts', 'export const t = Date.now();\n')).toContainEqual(expect.stringMatching(/pure/));
    expect(await lintMessages('shared/rules/x.ts', 'export const r = Math.random();\n')).toContainEqual(expect.stringMatching(/pure/));
  });

  it('keeps bot-server from importing mini-app', async () => {
    expect(await lintMessages('bot-server/x.ts', "import { a } from '../mini-app/app';\nexport const b = a;\n")).toContainEqual(expect.stringMatching(/meet only through HTTP/));
  });
});

describe('shared/tsconfig.json has no Node or DOM types', () => {
  const { options } = ts.getParsedCommandLineOfConfigFile('shared/tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }) ?? { options: {} };

  function compile(code: string): string[] {
    const file = join(mkdtempSync(join(tmpdir(), 'purity-')), 'x.ts');
    writeFileSync(file, code);
    const program = ts.createProgram([file], { ...options, noEmit: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('rejects process, window and document', () => {
    expect(compile('export const a = process.env.HOME;\n').join()).toMatch(/Cannot find name 'process'/);
    expect(compile('export const w = window.location;\n').join()).toMatch(/Cannot find name 'window'/);
  });

  it('accepts plain ES2022', () => {
    expect(compile('export const a = [1, 2].map((n) => n * 2);\n')).toEqual([]);
  });
});
