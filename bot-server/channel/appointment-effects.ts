/**
 * Booking, moving and cancelling an appointment from the chat, inside the turn's transaction and
 * with the SAME store functions as the Mini App: one booking path, so the conditional update that
 * takes a place and the one-active-appointment-per-procedure index guard chat bookings too. A
 * booking's request id comes from the inbox event, so an event processed twice finds the booking
 * it made instead of taking a second place. The replies are the chat's: the details once done, or
 * the fresh free times when the chosen one filled up meanwhile.
 */
import type { AppointmentEffect, SlotTime } from '../../shared/conversation/appointment-types';
import type { ConversationState } from '../../shared/conversation/conversation-types';
import { appointmentMessage } from '../../shared/conversation/appointment-messages';
import { slotTakenTurn } from '../../shared/conversation/appointment-offers';
import { renderAppointmentMade } from '../../shared/conversation/render-appointments';
import { appointmentTime } from '../../shared/conversation/render-appointment-time';
import { pick } from '../../shared/i18n/language';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { bookAppointment } from '../storage/appointment-booking-store';
import { cancelAppointment, moveAppointment } from '../storage/appointment-change-store';
import { findSlot } from '../storage/appointment-slot-store';
import { findAppointment, type AppointmentWithSlot } from '../storage/appointment-store';
import { bookableProcedure, procedureNameOf } from '../api/bookable-procedure';
import { isPast, officeNow, slotRefusal } from '../resident-api/bookable-slot';
import { activeAppointmentOf, freeSlotsOf } from './appointment-data';

interface Turn {
  userId: string;
  now: string;
  state: ConversationState;
  /** The inbox event being processed: a booking's idempotency key. */
  inboxId: number;
}

export interface AppointmentEffectOutcome {
  replies: string[];
  state: ConversationState;
  /** Something was booked, moved or cancelled: consoles refetch after the commit. */
  changed: boolean;
}

/** The booking key of a chat turn; Mini App keys are UUIDs, so the two never meet. */
const chatBookingRequestId = (inboxId: number): string => `chat-inbox-${inboxId}`;

const reply = (turn: Turn, text: string, changed = false): AppointmentEffectOutcome => ({ replies: [text], state: turn.state, changed });

const slotTimeOf = (row: AppointmentWithSlot): SlotTime => ({ id: row.slot_id, date: row.date, startTime: row.start_time, endTime: row.end_time });

/** The chosen time cannot be had: say so with the free times as they are now, and wait for a new choice. */
async function slotTaken(db: Db, services: Services, turn: Turn, taken: { procedureId: string; slot: SlotTime; moving: AppointmentWithSlot | null }): Promise<AppointmentEffectOutcome> {
  const fresh = await freeSlotsOf(db, taken.procedureId, turn.now);
  const context = { catalog: services.catalog, now: turn.now, appointments: { freeSlots: { [taken.procedureId]: fresh }, mine: [] } };
  const offered = slotTakenTurn(turn.state, { procedureId: taken.procedureId, slot: taken.slot, moving: taken.moving && activeAppointmentOf(taken.moving) }, context);
  return { replies: offered.replies, state: offered.state, changed: false };
}

/** The slot still takes this booking (active, not begun, serving the procedure)? The place itself is the store's to decide. */
async function slotOpen(db: Db, slotId: number, procedureId: string, now: string): Promise<boolean> {
  const slot = await findSlot(db, slotId);
  return slot !== undefined && slotRefusal(slot, procedureId, now) === undefined;
}

async function book(db: Db, services: Services, effect: Extract<AppointmentEffect, { type: 'bookAppointment' }>, turn: Turn): Promise<AppointmentEffectOutcome> {
  const { lang } = turn.state;
  const procedure = bookableProcedure(services.catalog, effect.procedureId, officeNow(turn.now).date);
  if (!procedure) return reply(turn, appointmentMessage('notBookable', lang, { procedure: pick(procedureNameOf(services.catalog, effect.procedureId, officeNow(turn.now).date), lang) || effect.procedureId }));
  const taken = { procedureId: effect.procedureId, slot: effect.slot, moving: null };
  if (!(await slotOpen(db, effect.slot.id, effect.procedureId, turn.now))) return slotTaken(db, services, turn, taken);
  const booking = { userId: turn.userId, slotId: effect.slot.id, procedureId: effect.procedureId, filingReference: null, channel: 'chat', requestId: chatBookingRequestId(turn.inboxId), now: turn.now } as const;
  const outcome = await bookAppointment(db, booking);
  if (outcome.ok) return reply(turn, renderAppointmentMade(procedure, slotTimeOf(outcome.appointment), 'booked', lang), !outcome.replayed);
  switch (outcome.reason) {
    case 'slotFull':
    case 'slotUnavailable':
      return slotTaken(db, services, turn, taken);
    case 'alreadyBooked':
      return reply(turn, appointmentMessage('alreadyBooked', lang, { procedure: pick(procedure.name, lang), time: appointmentTime(slotTimeOf(outcome.appointment), lang) }));
    case 'requestIdReused':
      throw new Error('a chat turn asked to book twice under one inbox event');
  }
}

/** The resident's own appointment, still changeable now; otherwise the reply that says why not. */
async function changeable(db: Db, id: number, turn: Turn): Promise<AppointmentWithSlot | string> {
  const current = await findAppointment(db, id);
  if (!current || current.user_id !== turn.userId) return appointmentMessage('notActive', turn.state.lang);
  if (isPast(current, turn.now)) return appointmentMessage('started', turn.state.lang);
  return current;
}

/** The new time with its details; briefer for a procedure since removed from the catalog. */
function movedReply(services: Services, procedureId: string, slot: SlotTime, turn: Turn): string {
  const { lang } = turn.state;
  const procedure = services.catalog.current(procedureId, officeNow(turn.now).date) ?? services.catalog.all().find((candidate) => candidate.id === procedureId);
  if (procedure) return renderAppointmentMade(procedure, slot, 'moved', lang);
  return `${appointmentMessage('moved', lang, { procedure: procedureId })}\n${appointmentMessage('when', lang, { time: appointmentTime(slot, lang) })}`;
}

async function move(db: Db, services: Services, effect: Extract<AppointmentEffect, { type: 'moveAppointment' }>, turn: Turn): Promise<AppointmentEffectOutcome> {
  const current = await changeable(db, effect.appointmentId, turn);
  if (typeof current === 'string') return reply(turn, current);
  const taken = { procedureId: current.procedure_id, slot: effect.slot, moving: current };
  if (!(await slotOpen(db, effect.slot.id, current.procedure_id, turn.now))) return slotTaken(db, services, turn, taken);
  const outcome = await moveAppointment(db, { id: current.id, userId: turn.userId, slotId: effect.slot.id, now: turn.now });
  if (outcome.ok) return reply(turn, movedReply(services, current.procedure_id, slotTimeOf(outcome.appointment), turn), true);
  return outcome.reason === 'slotFull' || outcome.reason === 'slotUnavailable' ? slotTaken(db, services, turn, taken) : reply(turn, appointmentMessage('notActive', turn.state.lang));
}

async function cancel(db: Db, services: Services, effect: Extract<AppointmentEffect, { type: 'cancelAppointment' }>, turn: Turn): Promise<AppointmentEffectOutcome> {
  const { lang } = turn.state;
  const current = await changeable(db, effect.appointmentId, turn);
  if (typeof current === 'string') return reply(turn, current);
  const outcome = await cancelAppointment(db, { id: current.id, userId: turn.userId, now: turn.now });
  if (!outcome.ok) return reply(turn, appointmentMessage('notActive', lang));
  const procedure = pick(procedureNameOf(services.catalog, current.procedure_id, officeNow(turn.now).date), lang) || current.procedure_id;
  return reply(turn, appointmentMessage('cancelled', lang, { procedure, time: appointmentTime(slotTimeOf(current), lang) }), true);
}

export async function carryOutAppointmentEffect(db: Db, services: Services, effect: AppointmentEffect, turn: Turn): Promise<AppointmentEffectOutcome> {
  switch (effect.type) {
    case 'bookAppointment':
      return book(db, services, effect, turn);
    case 'moveAppointment':
      return move(db, services, effect, turn);
    case 'cancelAppointment':
      return cancel(db, services, effect, turn);
  }
}
