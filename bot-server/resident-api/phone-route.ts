/**
 * `POST /api/me/phone`: the phone token from zmp-sdk `getPhoneNumber()` is exchanged server-side
 * (the app secret never reaches the app) for the number, answered in national form. The number is
 * not stored here and never logged.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { phoneRequestSchema, phoneResponseSchema, residentHeadersSchema, ACCESS_TOKEN_HEADER } from '../../shared/api/mini-app-api-schemas';
import { validatePhone } from '../../shared/validators/phone';
import { GraphUnavailableError } from '../zalo/graph-client';
import { residentOf } from './resident-auth';
import { residentErrors } from './resident-errors';

/** "84912345678" → "0912345678". */
function nationalPhone(number: string): string {
  const checked = validatePhone(number);
  if (checked.ok) return checked.value.replace(/^\+84/, '0');
  return number.replace(/^\+?84/, '0');
}

export const phoneRoute: FastifyPluginAsyncZod = async (app) => {
  const { graph } = app.services;
  app.post(
    '/me/phone',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Exchange a single-use phone token for my phone number (national format)',
        headers: residentHeadersSchema,
        body: phoneRequestSchema,
        response: { 200: phoneResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request) => {
      residentOf(request);
      const userToken = String(request.headers[ACCESS_TOKEN_HEADER]);
      let answer;
      try {
        answer = await graph.phoneNumber(userToken, request.body.phoneToken);
      } catch (error) {
        if (error instanceof GraphUnavailableError) throw residentErrors.zaloUnavailable();
        throw error;
      }
      if (!answer.ok) throw residentErrors.phoneTokenInvalid();
      return { phone: nationalPhone(answer.number) };
    },
  );
};
