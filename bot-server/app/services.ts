import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../shared/catalog/catalog';
import type { AddressDirectory } from '../../shared/address/address-directory';
import type { ProcedureSearch } from '../../shared/search/procedure-search';
import type { Config } from '../config/load-config';
import type { Database } from '../storage/database-types';
import type { DataCipher } from '../security/data-cipher';
import type { OaClient } from '../zalo/oa-client';
import type { Metrics } from './metrics';
import type { ResidentBurst } from '../channel/resident-pace';

/** Everything routes and workers share, decorated on the app as `app.services`. */
export interface Services {
  config: Config;
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  catalog: Catalog;
  search: ProcedureSearch;
  addresses: AddressDirectory;
  holidays: ReadonlySet<string>;
  cipher: DataCipher;
  clock: () => Date;
  oa: OaClient;
  metrics: Metrics;
  log: FastifyBaseLogger;
  wake: { inbox(): void; outbox(): void };
  /** Per-resident message limit (see channel/resident-pace.ts). */
  residentBurst: ResidentBurst;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
