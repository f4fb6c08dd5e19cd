/**
 * `POST /api/me/phone`: the phone token from zmp-sdk `getPhoneNumber()` is exchanged server-side
 * (the app secret never reaches the app) for the number, answered in national form. The number is
 * never stored or logged; only its keyed digest is kept, so a volunteer can find the resident by it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { phoneRequestSchema, phoneResponseSchema, residentHeadersSchema, ACCESS_TOKEN_HEADER } from '../../shared/api/mini-app-api-schemas';
import { validatePhone } from '../../shared/validators/phone';
import { GraphUnavailableError } from '../zalo/graph-client';
import { residentOf } from './resident-auth';
import { residentErrors } from './resident-errors';
import { phoneDigest } from '../security/phone-digest';
import { rememberResidentPhone } from '../storage/resident-phone-store';

/** "84912345678" → "0912345678". */
function nationalPhone(number: string): string {
  const checked = validatePhone(number);
  if (checked.ok) return checked.value.replace(/^\+84/, '0');
  return number.replace(/^\+?84/, '0');
}

export const phoneRoute: FastifyPluginAsyncZod = async (app) => {
  const { graph, db, cipher, clock } = app.services;
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
      const resident = residentOf(request);
      const userToken = String(request.headers[ACCESS_TOKEN_HEADER]);
      let answer;
      try {
        answer = await graph.phoneNumber(userToken, request.body.phoneToken);
      } catch (error) {
        if (error instanceof GraphUnavailableError) throw residentErrors.zaloUnavailable();
        throw error;
      }
      if (!answer.ok) throw residentErrors.phoneTokenInvalid();
      const phone = nationalPhone(answer.number);
      const digest = phoneDigest(cipher, phone);
      if (digest) await rememberResidentPhone(db, { userId: resident.userId, digest, now: clock().toISOString() });
      return { phone };
    },
  );
};
