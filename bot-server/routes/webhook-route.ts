/**
 * `POST /webhooks/zalo`: Zalo's events arrive here. The signature is checked on the exact bytes
 * received (never re-serialised JSON); a bad or missing signature gets 401 and nothing is stored.
 * A good event is stored in the inbox under a unique key (Zalo's retries become no-ops) and
 * acknowledged at once, well inside Zalo's 2-second limit; the reply is worked out afterwards.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { verifyWebhookSignature } from '../zalo/webhook-signature';
import { createHash } from 'node:crypto';
import { bestEffortUserId, parseZaloEvent } from '../zalo/parse-zalo-event';
import { deadLetterInboxEvent } from '../storage/inbox-store';
import { createInboxWriter } from '../storage/inbox-writer';
import { BadRequestError, UnauthorizedError } from '../app/http-errors';
import { lazyChildLogger } from './lazy-child-logger';
// The webhook's route options turn @fastify/helmet off (see below); this brings in their type.
import type {} from '@fastify/helmet';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

export const WEBHOOK_BODY_LIMIT = 256 * 1024;
const STORED_KINDS = new Set(['text', 'attachment', 'follow', 'unfollow', 'oaEcho', 'submitInfo']);

export const webhookRoute: FastifyPluginAsync = async (app) => {
  const { services } = app;
  const matchedOnce = new Set<string>();
  const inboxWriter = createInboxWriter(services.db);

  // Scoped to this plugin: keep the raw text for the signature, parse JSON ourselves.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: WEBHOOK_BODY_LIMIT }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new BadRequestError('MALFORMED_JSON', 'Nội dung không phải JSON hợp lệ.', 'Body is not valid JSON.'), undefined);
    }
  });

  app.post(
    '/webhooks/zalo',
    {
      schema: { tags: ['zalo'], summary: 'Zalo OA webhook (signed with X-ZEvent-Signature)' },
      // At the production default (info) Zalo's every event would log two lines; log failures only.
      // debug/trace (troubleshooting) and the stricter levels apply here unchanged.
      ...(services.config.logLevel === 'info' ? { logLevel: 'warn' } : {}),
      // Most acknowledgements then log nothing: no per-request pino child unless a line is written.
      childLoggerFactory: lazyChildLogger,
      // Browser security headers mean nothing to Zalo's servers, and helmet builds them afresh for
      // every request: a large share of an acknowledgement's cost.
      helmet: false,
      // Refusals the handler does not log itself (malformed JSON, over the body limit).
      onError(request, _reply, error, done) {
        if (!(error instanceof UnauthorizedError)) request.log.warn({ err: error, statusCode: error.statusCode }, 'webhook refused');
        done();
      },
    },
    acknowledge,
  );

  async function acknowledge(request: FastifyRequest, reply: FastifyReply) {
    const started = performance.now();
    const body = request.body as { timestamp?: unknown } | null;
    const timestamp = body && typeof body === 'object' && body.timestamp !== undefined ? String(body.timestamp) : '';
    const check = verifyWebhookSignature({
      header: request.headers['x-zevent-signature'] as string | undefined,
      appId: services.config.zalo.appId,
      rawBody: request.rawBody ?? '',
      timestamp,
      secrets: services.config.zalo.webhookSecrets,
    });
    if (!check.ok) {
      services.metrics.webhookRequests.inc({ result: 'rejected' });
      request.log.warn({ reason: check.reason }, 'webhook signature rejected');
      throw new UnauthorizedError('BAD_SIGNATURE', 'Chữ ký không hợp lệ.', `Signature ${check.reason}.`);
    }
    if (!matchedOnce.has(check.matched)) {
      matchedOnce.add(check.matched);
      // Once per secret: which one Zalo signs with is unconfirmed, so say it even when requests log only failures.
      app.log.info({ secret: check.matched }, 'webhook signature matched this configured secret');
    }
    const parsed = parseZaloEvent(request.body);
    if (!parsed.ok) {
      // Zalo must still get its 200 (or it retries forever), but a changed event shape would
      // silently drop residents' messages: keep the event aside and raise an alert a person will see.
      const eventName = typeof (request.body as { event_name?: unknown })?.event_name === 'string' ? (request.body as { event_name: string }).event_name : 'unknown';
      request.log.error({ alert: 'ZALO_EVENT_UNPARSED', eventName, problem: parsed.error }, 'webhook event not understood; acknowledged and kept as failed for replay');
      services.metrics.webhookRequests.inc({ result: 'unparsed' });
      const rawBody = request.rawBody ?? JSON.stringify(request.body);
      await deadLetterInboxEvent(services.db, {
        eventKey: `unparsed:${createHash('sha256').update(rawBody).digest('hex')}`,
        userId: bestEffortUserId(request.body) || 'unknown',
        eventName,
        payload: services.cipher.seal(rawBody),
        receivedAt: services.clock().toISOString(),
        problem: `ZALO_EVENT_UNPARSED: ${parsed.error}`,
      });
      return reply.send({ ok: true });
    }
    if (!STORED_KINDS.has(parsed.event.kind)) {
      services.metrics.webhookRequests.inc({ result: 'ignored' });
      return reply.send({ ok: true });
    }
    const { event } = parsed;
    try {
      const stored = await inboxWriter.insert({
        eventKey: event.key,
        userId: event.userId,
        eventName: event.eventName,
        // Sealed: residents type citizen IDs and phone numbers into filing answers.
        payload: services.cipher.seal(request.rawBody ?? JSON.stringify(request.body)),
        receivedAt: services.clock().toISOString(),
      });
      services.metrics.webhookRequests.inc({ result: stored });
      if (stored === 'inserted') services.wake.inbox();
    } catch (error) {
      // Storage down: say so, and Zalo will retry later; never 200-and-lose.
      request.log.error({ err: error }, 'could not store webhook event');
      services.metrics.webhookRequests.inc({ result: 'unavailable' });
      return reply.status(503).header('retry-after', '5').send({ error: { code: 'STORAGE_UNAVAILABLE', message: 'Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau ít phút.', messageEn: 'Temporarily unavailable; retry later.' } });
    } finally {
      services.metrics.webhookSeconds.observe((performance.now() - started) / 1000);
    }
    return reply.send({ ok: true });
  }
};
