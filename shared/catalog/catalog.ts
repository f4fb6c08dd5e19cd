import type { Procedure } from '../schema/procedure-schema';

/**
 * All loaded procedure versions. A session pins `id` + `version`, so old versions stay
 * resolvable after a new one is published.
 */
export interface Catalog {
  /** Exactly this version, or undefined. */
  get(id: string, version: number): Procedure | undefined;
  /** The published version in force on `today` (ISO date), highest version first. */
  current(id: string, today: string): Procedure | undefined;
  /** Every procedure in force on `today`, one version each, in file order. */
  list(today: string): Procedure[];
  /** Every loaded version. */
  all(): readonly Procedure[];
}

function inForce(procedure: Procedure, today: string): boolean {
  return (
    procedure.status === 'published' &&
    procedure.effectiveFrom <= today &&
    (procedure.effectiveTo === undefined || today < procedure.effectiveTo)
  );
}

export function createCatalog(procedures: readonly Procedure[]): Catalog {
  const byId = new Map<string, Procedure[]>();
  for (const procedure of procedures) {
    const versions = byId.get(procedure.id) ?? [];
    versions.push(procedure);
    versions.sort((a, b) => b.version - a.version);
    byId.set(procedure.id, versions);
  }
  const current = (id: string, today: string): Procedure | undefined => byId.get(id)?.find((p) => inForce(p, today));
  return {
    get: (id, version) => byId.get(id)?.find((p) => p.version === version),
    current,
    list: (today) => [...byId.keys()].map((id) => current(id, today)).filter((p): p is Procedure => p !== undefined),
    all: () => procedures,
  };
}
