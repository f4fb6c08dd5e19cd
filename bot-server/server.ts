/**
 * `npm start`: reads the environment, builds the app and listens. Everything else lives in
 * app/build-app.ts so tests can build the same server without a port.
 */
import { loadConfig } from './config/load-config';
import { buildApp } from './app/build-app';
import { stopGracefullyOnSignals } from './app/graceful-shutdown';

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  console.error(`Cannot start: the configuration has problems:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const { config } = loaded;

try {
  const app = await buildApp(config);
  await app.listen({ port: config.port, host: config.host });
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${(app.server.address() as { port: number }).port}`;
  // A fresh install has no console account yet: say how to make the first one.
  const hasAccounts = (await app.services.db.selectFrom('staff_users').select('id').limit(1).execute()).length > 0;
  const lines = [
    '',
    `  Dịch vụ công trên Zalo — bot-server is up (${config.simulator ? 'simulator mode: no Zalo credentials set' : `Zalo OA ${config.zalo.oaId}`})`,
    ...(config.simulator ? [`  Chat as a resident:  ${base}/simulator`] : [`  Webhook for Zalo:    ${base}/webhooks/zalo`]),
    // zmp-sdk plays Zalo in a desktop browser only on a host named localhost.
    `  Mini App:            ${app.services.miniAppUrl()}${config.simulator ? '  (or "Mở Mini App" in the simulator)' : ''}`,
    `  Officials' console:  ${base}/console/${hasAccounts ? '' : '  (first create an admin: npm run user:add -- --username admin --role admin --name "Quản trị")'}`,
    `  Procedure API:       ${base}/api/procedures?q=khai%20sinh`,
    `  API docs (OpenAPI):  ${base}/docs`,
    `  Health / metrics:    ${base}/healthz  ${base}/metrics`,
    `  Storage:             ${config.databaseUrl.startsWith('postgres') ? 'PostgreSQL' : `SQLite at ${config.databaseUrl}`}`,
    '',
  ];
  console.log(lines.join('\n'));
  stopGracefullyOnSignals(app);
} catch (error) {
  const coded = error as { code?: string; message?: string };
  console.error(`Cannot start: ${coded.code ? `${coded.code}: ` : ''}${coded.message ?? String(error)}`);
  process.exit(1);
}
