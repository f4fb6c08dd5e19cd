/**
 * The local cluster's database is created on first start, so `npm run start:cluster` works on a
 * machine that only has PostgreSQL running. Created through the server's maintenance database
 * (`postgres`); the tables are the instances' own migrations.
 */
import pg from 'pg';

/** 'created' when the database did not exist; any other connection problem is thrown as is. */
export async function ensurePostgresDatabase(url: string): Promise<'existed' | 'created'> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return 'existed';
  } catch (error) {
    if ((error as { code?: unknown }).code !== '3D000') throw error; // 3D000: invalid_catalog_name
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  return 'created';
}
