/**
 * Keeps the served catalog in step with the versions admins published: read at start, re-read every
 * REFRESH_MS (an admin on another instance published one), and at once on the instance that did it.
 */
import type { Db } from '../storage/database-types';
import { listProcedurePublications } from '../storage/procedure-publication-store';
import { versionKey, type PublishableCatalog } from './publishable-catalog';

const REFRESH_MS = 30_000;

export interface ProcedurePublications {
  reload(): Promise<void>;
  stop(): void;
}

export async function followProcedurePublications(db: Db, catalog: PublishableCatalog, onError: (error: unknown) => void): Promise<ProcedurePublications> {
  const reload = async () => {
    const published = await listProcedurePublications(db);
    catalog.publish(new Set(published.map((p) => versionKey(p.procedureId, p.version))));
  };
  await reload();
  const timer = setInterval(() => void reload().catch(onError), REFRESH_MS);
  timer.unref();
  return { reload, stop: () => clearInterval(timer) };
}
