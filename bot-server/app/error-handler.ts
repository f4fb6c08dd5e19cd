import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './http-errors';
import { isStorageUnavailable } from './storage-unavailable';

/** Seconds a client should wait before trying again while the database is out of reach. */
const STORAGE_RETRY_AFTER_S = 5;

/** The one place HTTP errors are mapped; codes are stable and asserted by tests. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, messageEn: error.messageEn } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const detail = error.validation.map((issue) => `${issue.instancePath || '/'} ${issue.message}`).join('; ');
      return reply.status(400).send({ error: { code: 'INVALID_REQUEST', message: `Yêu cầu không hợp lệ: ${detail}`, messageEn: `Invalid request: ${detail}` } });
    }
    if (error.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'BODY_TOO_LARGE', message: 'Nội dung gửi lên quá lớn.', messageEn: 'Request body too large.' } });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: 'Bạn gửi yêu cầu quá nhanh. Vui lòng chờ một chút rồi thử lại.', messageEn: 'Too many requests. Please wait a moment.' } });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: error.code ?? 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại.', messageEn: error.message } });
    }
    if (isStorageUnavailable(error)) {
      // Not a 500: nothing is wrong with the request, and nothing was lost; the sender retries.
      request.log.error({ alert: 'STORAGE_UNAVAILABLE', problem: error.message }, 'database unreachable; answered 503');
      return reply
        .status(503)
        .header('retry-after', String(STORAGE_RETRY_AFTER_S))
        .send({ error: { code: 'STORAGE_UNAVAILABLE', message: 'Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau ít phút.', messageEn: 'The database is temporarily unreachable. Please try again shortly.' } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.', messageEn: 'Something went wrong. Please try again shortly.' } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ này.', messageEn: `No route ${request.method} ${request.url}` } }),
  );
}
