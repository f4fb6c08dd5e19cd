import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../../shared/catalog/lint-catalog';

// npm scripts and the server run from the repository root (zmp-vite-plugin needs that too).
const DEFAULT_PROCEDURES_DIR = resolve(process.cwd(), 'shared/procedures');

function yamlFiles(directory: string): string[] {
  return existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.yaml')).sort().map((name) => join(directory, name)) : [];
}

/**
 * Reads every `*.yaml` file of a procedures folder and of its `archive/` (older versions that
 * sessions started earlier still pin), named relative to the working directory.
 */
export function readCatalogFiles(directory: string = DEFAULT_PROCEDURES_DIR): SourceFile[] {
  return [...yamlFiles(directory), ...yamlFiles(join(directory, 'archive'))].map((path) => ({ name: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }));
}
