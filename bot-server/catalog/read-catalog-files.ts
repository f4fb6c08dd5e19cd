import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../../shared/catalog/lint-catalog';

// npm scripts and the server run from the repository root (zmp-vite-plugin needs that too).
const DEFAULT_PROCEDURES_DIR = resolve(process.cwd(), 'shared/procedures');

/** Reads every `*.yaml` file of a procedures folder, named relative to the working directory. */
export function readCatalogFiles(directory: string = DEFAULT_PROCEDURES_DIR): SourceFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      return { name: relative(process.cwd(), path), text: readFileSync(path, 'utf8') };
    });
}
