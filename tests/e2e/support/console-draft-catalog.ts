/**
 * A copy of the procedure catalog where content editors have added new versions as draft files
 * (the current ones archived, as `npm run procedures:check` wants): temporary residence v2 in
 * force since a past date, and birth registration v2 from a future one. The server serves it with
 * `catalogDirectory`; residents get a draft only once an admin publishes it in the console.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DRAFTS = {
  temporaryResidence: { id: 'temporary-residence', name: 'Đăng ký tạm trú', effectiveFrom: '2026-03-01' },
  birthRegistration: { id: 'birth-registration', name: 'Đăng ký khai sinh', effectiveFrom: '2099-01-01' },
};

function addDraft(directory: string, draft: { id: string; effectiveFrom: string }): void {
  const current = join(directory, `${draft.id}.yaml`);
  const v1 = readFileSync(current, 'utf8');
  renameSync(current, join(directory, 'archive', `${draft.id}.v1.yaml`));
  const v2 = v1.replace('version: 1\n', 'version: 2\n').replace(/effectiveFrom: "[^"]+"/, `effectiveFrom: "${draft.effectiveFrom}"`).replace('status: published', 'status: draft');
  writeFileSync(current, v2);
}

export function catalogWithDrafts(): string {
  const directory = join(mkdtempSync(join(tmpdir(), 'dvc-console-catalog-')), 'procedures');
  cpSync('shared/procedures', directory, { recursive: true });
  mkdirSync(join(directory, 'archive'), { recursive: true });
  for (const draft of Object.values(DRAFTS)) addDraft(directory, draft);
  return directory;
}
