import { lintCatalog } from '../../shared/catalog/lint-catalog';
import { formatProblem } from '../../shared/catalog/lint-procedure-source';
import { createCatalog, type Catalog } from '../../shared/catalog/catalog';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { readCatalogFiles } from './read-catalog-files';

class CatalogInvalidError extends Error {
  readonly code = 'CATALOG_INVALID';
}

/** Loads and checks the catalog at start-up: a server never runs on a procedure file with problems. */
export function loadServerCatalog(directory?: string): { catalog: Catalog; procedures: Procedure[] } {
  const { procedures, problems } = lintCatalog(readCatalogFiles(directory));
  if (problems.length > 0) {
    throw new CatalogInvalidError(`procedure catalog has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}\nRun npm run procedures:check.`);
  }
  return { catalog: createCatalog(procedures), procedures };
}
