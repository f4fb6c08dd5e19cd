/**
 * A Mini App resident with one of everything the resident API keeps: a submitted filing (with its
 * consent), a draft of another procedure, a booked appointment, an open handoff and a phone
 * number. The fuzzers aim at these, and the enumeration test tries to reach them as someone else.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ConsentListResponse } from '../../../shared/api/mini-app-api-schemas';
import type { AppointmentResponse } from '../../../shared/api/appointment-api-schemas';
import { morningOf } from '../../support/real-catalog';
import type { AppointmentServer } from '../appointments/appointment-harness';
import type { MiniAppUser } from '../resident-api/resident-api-harness';
import { answerEligibility, eligibleScenario, fillFiling, sendOk } from '../resident-api/run-through-app';

export const FILED_PROCEDURE = 'temporary-residence';
export const DRAFT_PROCEDURE = 'birth-registration';
export const BOOKED_PROCEDURE = 'marriage-registration';
const SLOT_DAY = '2026-03-16';

export interface ResidentWithData {
  user: MiniAppUser;
  /** The key of their rows (`app:<appUserId>`). */
  userId: string;
  reference: string;
  consentIds: number[];
  appointmentId: number;
  /** The `requestId` the appointment was booked with. */
  bookingRequestId: string;
  slotIds: number[];
}

export async function residentWithData(server: AppointmentServer, name: string): Promise<ResidentWithData> {
  const user = server.user({ name });
  const scenario = eligibleScenario(FILED_PROCEDURE);
  const now = server.app.services.clock().toISOString();
  server.setNow(morningOf(scenario.today));
  const review = await fillFiling(server, user, FILED_PROCEDURE, await answerEligibility(server, user, FILED_PROCEDURE, scenario.answers));
  const submitted = await sendOk(server, user, FILED_PROCEDURE, { type: 'confirm' }, review.session);
  server.setNow(now);
  await sendOk(server, user, DRAFT_PROCEDURE, { type: 'start' }, null);

  // Published once per server; a second resident books from the same slots.
  await server.publish({ from: SLOT_DAY, to: SLOT_DAY, capacity: 5, procedureIds: [BOOKED_PROCEDURE] });
  const slotIds = (await server.app.services.db.selectFrom('appointment_slots').select('id').where('date', '=', SLOT_DAY).orderBy('id').execute()).map((slot) => slot.id);
  const bookingRequestId = randomUUID();
  const booked = await server.call(user, 'POST', '/api/me/appointments', { slotId: slotIds[0], procedureId: BOOKED_PROCEDURE, requestId: bookingRequestId });
  expect(booked.statusCode, booked.body).toBe(201);
  const handoff = await server.call(user, 'POST', '/api/me/handoff', { procedureId: DRAFT_PROCEDURE, questionId: null });
  expect(handoff.statusCode, handoff.body).toBeLessThan(300);
  const phoneToken = server.app.fakeZalo?.issuePhoneToken(user.token);
  expect((await server.call(user, 'POST', '/api/me/phone', { phoneToken })).statusCode).toBe(200);

  const consents = (await server.call(user, 'GET', '/api/me/consents')).json() as ConsentListResponse;
  return {
    user,
    userId: `app:${user.appUserId}`,
    reference: submitted.session.reference ?? '',
    consentIds: consents.items.map((consent) => consent.id),
    appointmentId: (booked.json() as AppointmentResponse).appointment.id,
    bookingRequestId,
    slotIds,
  };
}
