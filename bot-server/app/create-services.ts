/**
 * Builds what routes and workers share: storage (migrated), the checked catalog, search, address
 * data, the data cipher, the Zalo OA client with its token manager, and metrics.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { createProcedureSearch } from '../../shared/search/procedure-search';
import { createAddressDirectory } from '../../shared/address/address-directory';
import type { AddressSnapshot } from '../../shared/address/address-value';
import type { Config } from '../config/load-config';
import { openDatabase } from '../storage/open-database';
import { countInboxByStatus } from '../storage/inbox-store';
import { countOutboxByStatus } from '../storage/outbox-store';
import { loadOaTokens, saveOaTokens } from '../storage/token-store';
import { oaTokenRefreshLock } from '../storage/oa-token-refresh-lock';
import { createDataCipher, resolveDataKey } from '../security/data-cipher';
import { loadServerCatalog } from '../catalog/load-server-catalog';
import { createPublishableCatalog } from '../catalog/publishable-catalog';
import { followProcedurePublications } from '../catalog/procedure-publications';
import { createTokenManager } from '../zalo/token-manager';
import { createOaClient } from '../zalo/oa-client';
import { createGraphClient } from '../zalo/graph-client';
import { createRecentOaMessages } from '../zalo/recent-oa-messages';
import type { OaChannel } from './services';
import { createMetrics } from './metrics';
import { DEFAULT_RESIDENT_BURST, type ResidentBurst } from '../channel/resident-pace';
import { vietnamHolidays } from '../config/vietnam-holidays';
import type { Services } from './services';
import { createLiveEvents } from './live-events';
import { loadOfficeSettings } from './office-settings';

export interface ServiceOptions {
  clock?: () => Date;
  /** Where Zalo's OpenAPI and OAuth hosts are; in simulator mode only known once the server listens. */
  zaloUrls: () => { openApiUrl: string; oauthUrl: string; graphUrl: string };
  /** The Mini App's address for links in chat; in simulator mode only known once the server listens. */
  miniAppUrl: () => string;
  residentBurst?: ResidentBurst;
  /** Another procedures folder (tests with a draft version); default shared/procedures. */
  catalogDirectory?: string;
}

class ConfigurationError extends Error {
  readonly code = 'CONFIGURATION_INVALID';
}

function loadAddresses() {
  const snapshot = JSON.parse(readFileSync(resolve(process.cwd(), 'shared/address/address-snapshot.json'), 'utf8')) as AddressSnapshot;
  return createAddressDirectory(snapshot);
}

/** Creates the OA channel on first use, when the OpenAPI address is known. */
function deferredOaClient(make: () => OaChannel): OaChannel {
  let client: OaChannel | undefined;
  return new Proxy({} as OaChannel, { get: (_target, key) => Reflect.get((client ??= make()), key) });
}

export async function createServices(config: Config, log: FastifyBaseLogger, options: ServiceOptions): Promise<Services & { close(): Promise<void> }> {
  const clock = options.clock ?? (() => new Date());
  const database = await openDatabase(config.databaseUrl, {
    onPoolError: (error) => log.error({ err: error }, 'database connection lost; reconnecting'),
    onCheckpointError: (message) => log.error({ alert: 'SQLITE_CHECKPOINT_FAILED', problem: message }, 'background WAL checkpoint failed; checkpointing in the server instead'),
  });
  if (database.dialect === 'postgres' && !config.dataEncryptionKey) {
    await database.close();
    throw new ConfigurationError('DATA_ENCRYPTION_KEY: required with PostgreSQL, so every instance seals personal data with the same key');
  }
  const keyFile = database.dialect === 'sqlite' && config.databaseUrl !== ':memory:' ? resolve(dirname(config.databaseUrl), 'secret.key') : resolve('data', 'secret.key');
  const cipher = createDataCipher(resolveDataKey(config.dataEncryptionKey, keyFile));
  const { procedures } = loadServerCatalog(options.catalogDirectory);
  const catalog = createPublishableCatalog(procedures);
  const { db } = database;
  const oa = deferredOaClient(() => {
    const urls = options.zaloUrls();
    const tokens = createTokenManager({
      oauthUrl: urls.oauthUrl,
      appId: config.zalo.appId,
      appSecret: config.zalo.appSecret,
      load: () => loadOaTokens(db, config.zalo.oaId),
      save: (pair) => saveOaTokens(db, { oaId: config.zalo.oaId, accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: pair.expiresAt ?? null, now: clock().toISOString() }),
      seed: config.zalo.seedTokens,
      now: clock,
      logger: log,
      refreshAheadMs: 60 * 60 * 1000,
      exclusive: oaTokenRefreshLock(db, config.zalo.oaId),
    });
    const client = createOaClient({ openApiUrl: urls.openApiUrl, tokens, logger: log, timeoutMs: 5000 });
    return { sendText: client.sendText, quota: client.quota, recentOaTexts: createRecentOaMessages({ openApiUrl: urls.openApiUrl, tokens, logger: log, timeoutMs: 5000 }) };
  });
  const metrics = createMetrics(async (set) => {
    for (const [status, value] of Object.entries(await countInboxByStatus(db))) set('inbox', status, value);
    for (const [status, value] of Object.entries(await countOutboxByStatus(db))) set('outbox', status, value);
  });
  const publications = await followProcedurePublications(db, catalog, (error) => log.error({ err: error }, 'reading published procedure versions failed; serving the previous ones'));
  const officeSettings = await loadOfficeSettings(db, (error) => log.error({ err: error }, 'reading the office settings failed; keeping the previous ones'));
  return {
    config,
    db,
    dialect: database.dialect,
    catalog,
    search: createProcedureSearch(procedures),
    addresses: loadAddresses(),
    holidays: vietnamHolidays(config.holidays),
    cipher,
    clock,
    oa,
    miniAppUrl: options.miniAppUrl,
    graph: createGraphClient({ graphUrl: () => options.zaloUrls().graphUrl, appSecret: config.zalo.appSecret, logger: log, timeoutMs: 5000 }),
    metrics,
    log,
    wake: { inbox: () => undefined, outbox: () => undefined },
    live: createLiveEvents(),
    officeSettings,
    publications,
    residentBurst: options.residentBurst ?? DEFAULT_RESIDENT_BURST,
    crashAtInboxEvent: process.env.DVC_TEST_CRASH_AT_INBOX_EVENT ? Number(process.env.DVC_TEST_CRASH_AT_INBOX_EVENT) : undefined,
    close: () => {
      officeSettings.stop();
      publications.stop();
      return database.close();
    },
  };
}
