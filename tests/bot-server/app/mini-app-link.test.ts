/** Starting a procedure's questions in chat offers the Mini App, opened on that procedure. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('chat → Mini App', () => {
  it('offers a link to carry on in the Mini App when the questions start', async () => {
    const userId = '8402000000000000001';
    await server.turn(userId, 'đăng ký khai sinh');
    const reply = await server.turn(userId, '1');
    const link = /Mini App "Dịch vụ công".*?: (\S+)/.exec(reply)?.[1];
    expect(link).toBeDefined();
    const url = new URL(link ?? '');
    expect(url.hostname).toBe('localhost'); // where zmp-sdk plays Zalo in a desktop browser
    expect(url.pathname).toBe('/mini-app/');
    expect(url.searchParams.get('procedure')).toBe('birth-registration');
    // Read the page to the end: a response left unread keeps its connection busy, and closing the server waits for it.
    const page = await fetch(url.toString().replace('localhost', '127.0.0.1'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dịch vụ công xã/phường</title>');
  });
});
