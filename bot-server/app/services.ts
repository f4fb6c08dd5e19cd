import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../shared/catalog/catalog';
import type { AddressDirectory } from '../../shared/address/address-directory';
import type { ProcedureSearch } from '../../shared/search/procedure-search';
import type { Config } from '../config/load-config';
import type { Database } from '../storage/database-types';
import type { DataCipher } from '../security/data-cipher';
import type { OaClient } from '../zalo/oa-client';
import type { GraphClient } from '../zalo/graph-client';

/** The OA client plus the read-back used to avoid resending a reply a crash cut off. */
export type OaChannel = OaClient & { recentOaTexts(userId: string): Promise<string[] | undefined> };
import type { Metrics } from './metrics';
import type { ResidentBurst } from '../channel/resident-pace';
import type { LiveEvents } from './live-events';
import type { OfficeSettings } from './office-settings';
import type { ProcedurePublications } from '../catalog/procedure-publications';

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
  oa: OaChannel;
  /** The Mini App's address, for links from the chat. */
  miniAppUrl: () => string;
  /** Zalo Graph API: Mini App users' identity and phone number. */
  graph: GraphClient;
  metrics: Metrics;
  log: FastifyBaseLogger;
  wake: { inbox(): void; outbox(): void };
  /** "This area changed" signals for open consoles (server-sent events). */
  live: LiveEvents;
  /** Office hours and canned replies, as the desk's admin set them. */
  officeSettings: OfficeSettings;
  /** Re-reads the versions admins published into `catalog`. */
  publications: ProcedurePublications;
  /** Per-resident message limit (see channel/resident-pace.ts). */
  residentBurst: ResidentBurst;
  /** Fault injection for the crash test only (DVC_TEST_CRASH_AT_INBOX_EVENT): never set in production. */
  crashAtInboxEvent: number | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
