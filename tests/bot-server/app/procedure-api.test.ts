import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { workers: false });
});
afterAll(() => server.close());

describe('procedure API', () => {
  it('searches without diacritics, best first', async () => {
    const response = await server.app.inject({ url: '/api/procedures?q=nhap%20ho%20khau' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: { id: string; code: string; name: { vi: string } }[] };
    expect(items[0]).toMatchObject({ id: 'permanent-residence', code: '1.004222', name: { vi: 'Đăng ký thường trú' } });
  });

  it('lists procedures when there is no query', async () => {
    const { items } = (await server.app.inject({ url: '/api/procedures?limit=50' })).json() as { items: unknown[] };
    expect(items).toHaveLength(13);
  });

  it('describes one procedure with fee, time, documents and unconfirmed marks', async () => {
    const response = await server.app.inject({ url: '/api/procedures/temporary-residence' });
    expect(response.statusCode).toBe(200);
    const { procedure } = response.json() as { procedure: { fees: { id: string }[]; processingTime: { days: number }; documents: unknown[]; agency: { level: string } } };
    expect(procedure.fees.find((f) => f.id === 'individual_fee')).toMatchObject({ amount: 15000, onlineAmount: 7000, conditional: true });
    expect(procedure.fees.find((f) => f.id === 'list_fee')).toMatchObject({ amount: null, perUnit: 10000, onlinePerUnit: 5000 });
    expect(procedure.processingTime.days).toBe(3);
    expect(procedure.agency.level).toBe('commune');
    expect(procedure.documents.length).toBeGreaterThan(0);
  });

  it('answers 404 with a Vietnamese message for an unknown procedure, 400 for a bad query', async () => {
    const missing = await server.app.inject({ url: '/api/procedures/no-such-thing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND', message: expect.stringMatching(/Không tìm thấy thủ tục/) } });
    const bad = await server.app.inject({ url: `/api/procedures?q=${'a'.repeat(300)}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
  });

  it('publishes an OpenAPI document listing every route', async () => {
    const document = (await server.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, unknown> };
    const routes = server.app.printRoutes({ commonPrefix: false });
    for (const path of ['/api/procedures', '/api/procedures/{id}', '/webhooks/zalo', '/healthz', '/readyz', '/metrics', '/simulator', '/simulator/api/send']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(routes).toContain('procedures');
  });

  it('reports health, readiness and metrics', async () => {
    expect((await server.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await server.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const metrics = (await server.app.inject({ url: '/metrics' })).body;
    expect(metrics).toContain('dvc_webhook_requests_total');
    expect(metrics).toContain('dvc_queue_depth{queue="inbox"');
  });
});
