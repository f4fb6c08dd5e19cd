/**
 * A PostgreSQL database of the cluster benchmark's own, created as `npm run start:cluster` creates
 * its database and dropped afterwards, so repeated runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensurePostgresDatabase } from '../../bot-server/cluster/ensure-postgres-database';

const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(): Promise<ThrowawayDatabase> {
  const name = `dvc_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await ensurePostgresDatabase(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const maintenance = new URL(serverUrl);
      maintenance.pathname = '/postgres';
      const admin = new pg.Client({ connectionString: maintenance.toString() });
      await admin.connect();
      try {
        // force: an instance killed on a failure may have left a connection behind.
        await admin.query(`drop database if exists ${admin.escapeIdentifier(name)} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
