/**
 * `buildApp(config)`: the whole server as a Fastify instance, not listening (tests use `inject`;
 * `server.ts` listens). Plugins load in order: external (OpenAPI, rate limits) → app (services,
 * workers) → routes.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import cors from '@fastify/cors';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/load-config';
import { createServices } from './create-services';
import { installErrorHandler } from './error-handler';
import { frameworkErrors } from './framework-errors';
import { connectRedis } from './connect-redis';
import { fallbackRateLimitStore } from './fallback-rate-limit-store';
import { fanOutLiveEvents } from './live-fan-out';
import { REDACTED_PATHS, scrubValue } from './scrub-personal-data';
import { startWorkers } from './start-workers';
import { healthRoutes } from '../routes/health-routes';
import { procedureRoutes } from '../routes/procedure-routes';
import { residentRoutes } from '../resident-api/resident-routes';
import { consoleRoutes } from '../console-api/console-routes';
import { miniAppCors } from '../resident-api/mini-app-cors';
import { securityHeaders } from './security-headers';
import { webhookRoute, WEBHOOK_BODY_LIMIT } from '../routes/webhook-route';
import { mountSimulator } from '../simulator/mount-simulator';
import { serveMiniApp } from './serve-mini-app';
import { serveConsole } from './serve-console';
import type { ResidentBurst } from '../channel/resident-pace';

export interface BuildOptions {
  clock?: () => Date;
  /** Start the inbox/outbox workers when the app is ready (tests may drive them by hand). */
  workers?: boolean;
  /** Override the log destination (tests capture logs). */
  logStream?: NodeJS.WritableStream;
  residentBurst?: ResidentBurst;
  /** Another procedures folder (tests with a draft version); default shared/procedures. */
  catalogDirectory?: string;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: { logMethod(args, method) { method.apply(this, args.map((arg) => scrubValue(arg)) as Parameters<typeof method>); } },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: WEBHOOK_BODY_LIMIT,
    frameworkErrors,
    // Behind a load balancer every request comes from it: trust it to name the client (rate limits, audit).
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // Before any route: every answer, pages and API alike, carries the security headers.
  await securityHeaders(app, { https: !config.simulator });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Dịch vụ công trên Zalo – bot-server', version: '0.1.0', description: 'Zalo OA webhook, procedure API, Mini App API, officials\' console API, simulator and operations endpoints.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const services = await createServices(config, app.log, {
    clock: options.clock,
    residentBurst: options.residentBurst,
    catalogDirectory: options.catalogDirectory,
    // zmp-sdk plays Zalo in a desktop browser only on a host named localhost (not 127.0.0.1).
    miniAppUrl: () => config.miniAppUrl ?? `${localBaseUrl(app).replace('127.0.0.1', 'localhost')}/mini-app/`,
    zaloUrls: () => {
      if (!config.simulator) return { openApiUrl: config.zalo.openApiUrl, oauthUrl: config.zalo.oauthUrl, graphUrl: config.zalo.graphUrl };
      // Instances of a local cluster share one fake Zalo, as real ones share Zalo: one token chain, one record of sends.
      const fake = config.simulatorZaloUrl ?? `${localBaseUrl(app)}/fake-zalo`;
      return { openApiUrl: fake, oauthUrl: fake, graphUrl: fake };
    },
  });
  app.decorate('services', services);
  // Workers stop (finishing their batch) before storage closes: their onClose hook comes first.
  if (options.workers !== false) startWorkers(app);
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, app.log) : undefined;
  const stopFanOut = redis ? await fanOutLiveEvents(services.live, redis, app.log, config.zalo.oaId) : undefined;
  app.addHook('onClose', async () => {
    stopFanOut?.();
    redis?.disconnect();
    await services.close();
  });

  await app.register(healthRoutes);
  await app.register(webhookRoute);
  await app.register(
    async (api) => {
      // Per client address; shared through Redis when several instances run, per instance while it is down.
      await api.register(rateLimit, { max: 300, timeWindow: '1 minute', ...(redis ? { store: fallbackRateLimitStore(redis, app.log) } : {}) });
      await api.register(cors, miniAppCors({ development: config.simulator }));
      await api.register(procedureRoutes);
      await api.register(residentRoutes);
      await api.register(consoleRoutes, { prefix: '/console' });
    },
    { prefix: '/api' },
  );
  if (config.simulator) await mountSimulator(app);
  await serveMiniApp(app);
  await serveConsole(app);
  return app;
}

/** http://host:port of this server once it listens (the simulator talks to itself over HTTP). */
export function localBaseUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server is not listening yet');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
}
