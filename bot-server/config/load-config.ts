/**
 * Configuration from environment variables, parsed once at start-up. The names are fixed by the
 * architecture (deployment tooling depends on them). Without Zalo credentials the server runs in
 * simulator mode: it plays Zalo itself, on this machine, through the same code paths.
 */
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional();
const url = (fallback: string) => z.string().url().default(fallback);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('./data/dvc.sqlite'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  ZALO_APP_ID: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_ID: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_OA_ACCESS_TOKEN: optionalText,
  ZALO_OA_REFRESH_TOKEN: optionalText,
  ZALO_OPENAPI_URL: url('https://openapi.zalo.me'),
  ZALO_OAUTH_URL: url('https://oauth.zaloapp.com'),
  ZALO_GRAPH_URL: url('https://graph.zalo.me'),
  /** Simulator mode, several instances: the one fake Zalo they all talk to (instance 1's /fake-zalo). */
  SIMULATOR_ZALO_URL: z.string().url().optional(),
  /** Load balancers allowed to name the client in X-Forwarded-For: addresses, CIDRs or `loopback`, comma-separated. */
  TRUST_PROXY: optionalText,
  /** Where the chat sends residents to continue in the Mini App (Zalo's link form is unconfirmed). */
  MINI_APP_URL: z.string().url().optional(),
  /** base64 of 32 bytes; without it a key file is generated under ./data (embedded default). */
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  /** Comma-separated ISO dates that are not working days; defaults to the 2026 list. */
  HOLIDAYS: z.string().optional(),
  /** How long after a resident's last message the OA still writes to them unasked: 48 h is free, up to 168 h billable. */
  ZALO_NOTICE_WINDOW_HOURS: z.coerce.number().int().min(1).max(168).default(48),
  /**
   * Days chat logs (what residents wrote, what was sent to them, officials' notes) are kept before
   * their text is purged. At least a week: the handoff inbox shows a resident's last messages, and
   * Zalo lets an OA answer for 7 days.
   */
  CHAT_LOG_RETENTION_DAYS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of days, such as 90')
    .transform(Number)
    .pipe(z.number().min(7, 'must be at least 7 (days)').max(3650, 'must be at most 3650 (days, ten years)'))
    .default(90),
  /** The commune (official 5-digit code) whose one-stop desk this deployment's OA serves. */
  COMMUNE_CODE: z.string().regex(/^\d{5}$/, 'must be the commune\'s 5-digit official code').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string | undefined;
  /** Who may set X-Forwarded-For (Fastify's `trustProxy`); unset: nobody, the socket's address is the client. */
  trustProxy: string | undefined;
  simulator: boolean;
  /** Simulator mode: another instance's fake Zalo shared by a local cluster; unset: this instance's own. */
  simulatorZaloUrl: string | undefined;
  zalo: {
    appId: string;
    appSecret: string;
    oaId: string;
    /** Webhook secrets to try, named for the log (which one Zalo uses is unconfirmed). */
    webhookSecrets: { name: string; value: string }[];
    seedTokens: { accessToken: string; refreshToken: string } | undefined;
    openApiUrl: string;
    oauthUrl: string;
    graphUrl: string;
  };
  /** Undefined in simulator mode without MINI_APP_URL: then it is this server's /mini-app/. */
  miniAppUrl: string | undefined;
  dataEncryptionKey: string | undefined;
  holidays: string | undefined;
  /** Officials of another commune see none of this deployment's handoffs and filings; unset: no restriction. */
  communeCode: string | undefined;
  /** Hours after the resident's last message within which status notices and volunteers' summaries are sent. */
  noticeWindowHours: number;
  /** Chat logs older than this many days lose their text (storage/chat-log-retention.ts). */
  chatLogRetentionDays: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

/** Fixed identities of the local simulator: not secrets, nothing outside this machine accepts them. */
export const SIMULATOR = { appId: 'sim-app', appSecret: 'sim-app-secret', oaId: 'sim-oa', oaSecretKey: 'sim-oa-secret-key', accessToken: 'sim-access-0', refreshToken: 'sim-refresh-0' };

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`) };
  }
  const e = parsed.data;
  const simulator = !e.ZALO_APP_ID || !e.ZALO_APP_SECRET;
  if (!simulator && (!e.ZALO_OA_ID || !e.ZALO_OA_SECRET_KEY)) {
    return { ok: false, errors: ['ZALO_OA_ID, ZALO_OA_SECRET_KEY: required when ZALO_APP_ID and ZALO_APP_SECRET are set'] };
  }
  const local = e.SIMULATOR_ZALO_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}/fake-zalo`;
  const appSecret = simulator ? SIMULATOR.appSecret : (e.ZALO_APP_SECRET as string);
  const oaSecret = simulator ? SIMULATOR.oaSecretKey : (e.ZALO_OA_SECRET_KEY as string);
  const seed = simulator
    ? { accessToken: SIMULATOR.accessToken, refreshToken: SIMULATOR.refreshToken }
    : e.ZALO_OA_ACCESS_TOKEN && e.ZALO_OA_REFRESH_TOKEN
      ? { accessToken: e.ZALO_OA_ACCESS_TOKEN, refreshToken: e.ZALO_OA_REFRESH_TOKEN }
      : undefined;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      redisUrl: e.REDIS_URL,
      trustProxy: e.TRUST_PROXY,
      simulator,
      simulatorZaloUrl: simulator ? e.SIMULATOR_ZALO_URL : undefined,
      zalo: {
        appId: simulator ? SIMULATOR.appId : (e.ZALO_APP_ID as string),
        appSecret,
        oaId: simulator ? SIMULATOR.oaId : (e.ZALO_OA_ID as string),
        webhookSecrets: [
          { name: 'ZALO_OA_SECRET_KEY', value: oaSecret },
          { name: 'ZALO_APP_SECRET', value: appSecret },
        ],
        seedTokens: seed,
        openApiUrl: simulator ? local : e.ZALO_OPENAPI_URL,
        oauthUrl: simulator ? local : e.ZALO_OAUTH_URL,
        graphUrl: simulator ? local : e.ZALO_GRAPH_URL,
      },
      // UNCONFIRMED: zalo.me/s/<appId>/ is the Mini App link form seen in the wild, not in Zalo's docs.
      miniAppUrl: e.MINI_APP_URL ?? (simulator ? undefined : `https://zalo.me/s/${e.ZALO_APP_ID as string}/`),
      dataEncryptionKey: e.DATA_ENCRYPTION_KEY,
      holidays: e.HOLIDAYS,
      communeCode: e.COMMUNE_CODE,
      noticeWindowHours: e.ZALO_NOTICE_WINDOW_HOURS,
      chatLogRetentionDays: e.CHAT_LOG_RETENTION_DAYS,
      logLevel: e.LOG_LEVEL,
    },
  };
}
