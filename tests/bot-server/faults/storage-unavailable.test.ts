/**
 * Which errors mean "the database is out of reach" (answered 503, so the sender retries) and which
 * are bugs (500). Checked on the errors node-postgres really throws: a refused connection, a
 * connection dropped under a transaction, a pool that cannot connect in time.
 */
import axios from 'axios';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { isStorageUnavailable } from '../../../bot-server/app/storage-unavailable';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const proxies: TcpProxy[] = [];
const pools: pg.Pool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end().catch(() => undefined)));
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

async function proxiedPool(options: pg.PoolConfig = {}) {
  const target = new URL(postgresUrl);
  const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  proxies.push(proxy);
  const pool = new pg.Pool({ connectionString: proxy.via(postgresUrl), ...options });
  pool.on('error', () => undefined);
  pools.push(pool);
  return { proxy, pool };
}
const failure = (work: Promise<unknown>) => work.then(() => undefined, (error: unknown) => error);

describe('isStorageUnavailable', () => {
  it('is true for a refused connection', async () => {
    const { proxy, pool } = await proxiedPool();
    await proxy.cut();
    const error = await failure(pool.query('select 1'));
    expect(isStorageUnavailable(error), String(error)).toBe(true);
  });

  it('is true for a connection dropped in the middle of a transaction, and for the statement after it', async () => {
    const { proxy, pool } = await proxiedPool();
    const client = await pool.connect();
    client.on('error', () => undefined);
    await client.query('begin');
    const running = failure(client.query('select pg_sleep(2)'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await proxy.cut();
    const dropped = await running;
    expect(isStorageUnavailable(dropped), String(dropped)).toBe(true);
    const next = await failure(client.query('select 1'));
    expect(isStorageUnavailable(next), String(next)).toBe(true);
    client.release(true);
  });

  it('is true when the pool cannot get a connection in time', async () => {
    const { pool } = await proxiedPool({ max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    const error = await failure(pool.query('select 1'));
    held.release();
    expect(isStorageUnavailable(error), String(error)).toBe(true);
  });

  it('is true for PostgreSQL shutting down or refusing more connections, wrapped or not', () => {
    const shuttingDown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
    expect(isStorageUnavailable(shuttingDown)).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe(true);
    expect(isStorageUnavailable(new Error('could not save the turn', { cause: shuttingDown }))).toBe(true);
  });

  it('is false for a bad query, a broken constraint, an unreachable Zalo and plain bugs', async () => {
    const pool = new pg.Pool({ connectionString: postgresUrl });
    pools.push(pool);
    const syntax = await failure(pool.query('selec 1'));
    expect(syntax).toBeInstanceOf(Error);
    expect(isStorageUnavailable(syntax)).toBe(false);
    expect(isStorageUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    const zalo = await failure(axios.get('http://127.0.0.1:9/', { timeout: 1000 }));
    expect(isStorageUnavailable(zalo)).toBe(false);
    expect(isStorageUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isStorageUnavailable('ECONNREFUSED')).toBe(false);
  });
});
