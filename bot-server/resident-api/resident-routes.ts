/**
 * The resident API the Mini App calls, registered under `/api` (so the API rate limit applies):
 * the public procedure definition, and the `/me` routes behind Zalo sign-in.
 */
import type { FastifyPluginAsync } from 'fastify';
import { createAppUserVerifier } from './verify-app-user';
import { installResidentAuth } from './resident-auth';
import { procedureDefinitionRoute } from './procedure-definition-route';
import { meRoutes } from './me-routes';
import { draftRoutes } from './draft-routes';
import { filingRoutes } from './filing-routes';
import { consentRoutes } from './consent-routes';
import { phoneRoute } from './phone-route';
import { handoffRoute } from './handoff-route';
import { freeSlotsRoute } from './free-slots-route';
import { appointmentRoutes } from './appointment-routes';

export const residentRoutes: FastifyPluginAsync = async (app) => {
  await app.register(procedureDefinitionRoute);
  await app.register(freeSlotsRoute);
  await app.register(async (signedIn) => {
    // Through `services` on every call, so the Graph client can be swapped (tests do, to play an outage).
    const graph = { me: (token: string) => app.services.graph.me(token) };
    installResidentAuth(signedIn, createAppUserVerifier(graph, { now: () => app.services.clock() }));
    for (const routes of [meRoutes, draftRoutes, filingRoutes, consentRoutes, phoneRoute, handoffRoute, appointmentRoutes]) await signedIn.register(routes);
  });
};
