import { lintCatalog, type CatalogLint } from '../../shared/catalog/lint-catalog';
import { createCatalog, type Catalog } from '../../shared/catalog/catalog';
import { readCatalogFiles } from '../../bot-server/catalog/read-catalog-files';

let loaded: (CatalogLint & { catalog: Catalog }) | undefined;

/** The real catalog in shared/procedures, linted once per test file. */
export function realCatalog(): CatalogLint & { catalog: Catalog } {
  if (!loaded) {
    const lint = lintCatalog(readCatalogFiles());
    loaded = { ...lint, catalog: createCatalog(lint.procedures) };
  }
  return loaded;
}

/** 09:00 in Vietnam on an ISO date, as an instant. */
export function morningOf(isoDate: string): string {
  return `${isoDate}T02:00:00.000Z`;
}
