import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot-server/config/load-config';

describe('loadConfig', () => {
  it('runs the embedded default with no variables: SQLite, port 3000, simulator mode', () => {
    const result = loadConfig({});
    expect(result.ok && result.config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: './data/dvc.sqlite', simulator: true });
    expect(result.ok && result.config.zalo.openApiUrl).toBe('http://127.0.0.1:3000/fake-zalo');
  });

  it('names every bad variable', () => {
    const result = loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', DATA_ENCRYPTION_KEY: 'short' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    expect(errors).toMatch(/^PORT: /m);
    expect(errors).toMatch(/^REDIS_URL: must start with redis:\/\//m);
    expect(errors).toMatch(/^DATA_ENCRYPTION_KEY: must be 32 bytes/m);
  });

  it('uses Zalo’s real hosts and both webhook secrets when credentials are set', () => {
    const result = loadConfig({ ZALO_APP_ID: '123', ZALO_APP_SECRET: 'app-secret', ZALO_OA_ID: '456', ZALO_OA_SECRET_KEY: 'oa-secret' });
    expect(result.ok && result.config).toMatchObject({ simulator: false, zalo: { openApiUrl: 'https://openapi.zalo.me', oaId: '456' } });
    expect(result.ok && result.config.zalo.webhookSecrets.map((s) => s.name)).toEqual(['ZALO_OA_SECRET_KEY', 'ZALO_APP_SECRET']);
  });

  it('lets a local cluster share instance 1’s fake Zalo and trust its load balancer', () => {
    const result = loadConfig({ PORT: '3002', SIMULATOR_ZALO_URL: 'http://127.0.0.1:3001/fake-zalo', TRUST_PROXY: 'loopback' });
    expect(result.ok && result.config).toMatchObject({ simulator: true, simulatorZaloUrl: 'http://127.0.0.1:3001/fake-zalo', trustProxy: 'loopback', zalo: { openApiUrl: 'http://127.0.0.1:3001/fake-zalo' } });
    expect(loadConfig({ SIMULATOR_ZALO_URL: 'instance one' }).ok).toBe(false);
  });

  it('keeps chat logs 90 days unless told otherwise, and says what a bad retention means', () => {
    const byDefault = loadConfig({});
    expect(byDefault.ok && byDefault.config.chatLogRetentionDays).toBe(90);
    const set = loadConfig({ CHAT_LOG_RETENTION_DAYS: '30' });
    expect(set.ok && set.config.chatLogRetentionDays).toBe(30);
    const problems = (value: string) => {
      const result = loadConfig({ CHAT_LOG_RETENTION_DAYS: value });
      return result.ok ? '' : result.errors.join('\n');
    };
    expect(problems('ninety')).toBe('CHAT_LOG_RETENTION_DAYS: must be a whole number of days, such as 90');
    expect(problems('30.5')).toBe('CHAT_LOG_RETENTION_DAYS: must be a whole number of days, such as 90');
    expect(problems('3')).toBe('CHAT_LOG_RETENTION_DAYS: must be at least 7 (days)');
    expect(problems('40000')).toBe('CHAT_LOG_RETENTION_DAYS: must be at most 3650 (days, ten years)');
  });

  it('refuses half a Zalo configuration', () => {
    const result = loadConfig({ ZALO_APP_ID: '123', ZALO_APP_SECRET: 'app-secret' });
    expect(result.ok ? '' : result.errors.join()).toMatch(/ZALO_OA_ID, ZALO_OA_SECRET_KEY: required/);
  });
});
