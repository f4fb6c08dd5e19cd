/**
 * The catalog the server serves: the files' versions, with the draft versions an admin published
 * in the console treated as published. `publish` swaps the whole catalog at once, so a turn or a
 * request always sees one consistent set; everything holding `services.catalog` sees the change.
 */
import type { Catalog } from '../../shared/catalog/catalog';
import { createCatalog } from '../../shared/catalog/catalog';
import type { Procedure } from '../../shared/schema/procedure-schema';

export interface PublishableCatalog extends Catalog {
  /** Serves the draft versions named (`id@version`) as published from now on. */
  publish(versions: ReadonlySet<string>): void;
}

export const versionKey = (id: string, version: number): string => `${id}@${version}`;

export function createPublishableCatalog(procedures: readonly Procedure[]): PublishableCatalog {
  let inner = createCatalog(procedures);
  return {
    get: (id, version) => inner.get(id, version),
    current: (id, today) => inner.current(id, today),
    list: (today) => inner.list(today),
    all: () => inner.all(),
    publish(versions) {
      inner = createCatalog(procedures.map((p) => (p.status === 'draft' && versions.has(versionKey(p.id, p.version)) ? { ...p, status: 'published' as const } : p)));
    },
  };
}
