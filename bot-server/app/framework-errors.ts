/**
 * Requests Fastify refuses before any route runs (a path that cannot be decoded, a path parameter
 * over its length limit) answer in the API's error shape, like every other refusal, instead of
 * Fastify's own.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  void reply.status(status).send({
    error: { code: status === 414 ? 'PATH_TOO_LONG' : 'BAD_PATH', message: 'Địa chỉ yêu cầu không hợp lệ. Vui lòng kiểm tra lại đường dẫn.', messageEn: 'The request path is not valid.' },
  });
}
