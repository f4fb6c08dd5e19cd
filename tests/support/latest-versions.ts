import type { Procedure } from '../../shared/schema/procedure-schema';

/** One procedure per id, the highest version: what scenarios and transcripts are written against. */
export function latestVersions(procedures: readonly Procedure[]): Procedure[] {
  const latest = new Map<string, Procedure>();
  for (const procedure of procedures) {
    const seen = latest.get(procedure.id);
    if (!seen || procedure.version > seen.version) latest.set(procedure.id, procedure);
  }
  return [...latest.values()];
}
