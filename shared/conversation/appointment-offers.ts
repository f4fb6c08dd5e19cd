/**
 * The questions the chat asks about appointments, each with the state that waits for its answer:
 * which procedure, which free time (a page of up to SLOTS_PER_PAGE), "book this time?", which of
 * the resident's appointments, "cancel it?". Free times come from the turn's context.
 */
import { vietnamClock } from '../rules/calendar';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { AppointmentDataMissingError, type ActiveAppointment, type AppointmentData, type AppointmentWait, type FreeSlot, type SlotTime } from './appointment-types';
import { appointmentMessage } from './appointment-messages';
import { appointmentTime } from './render-appointment-time';
import { procedureNameIn, renderSlotList, SLOTS_PER_PAGE } from './render-appointments';

export type AppointmentContext = Pick<ConversationContext, 'catalog' | 'now' | 'appointments'>;

/** The data the server loaded for this turn; missing data is the caller's bug. */
export function appointmentData(context: AppointmentContext): AppointmentData {
  if (!context.appointments) throw new AppointmentDataMissingError('an appointment turn needs context.appointments (see needsAppointmentData)');
  return context.appointments;
}

export const nameOf = (context: AppointmentContext, procedureId: string, state: ConversationState): string =>
  procedureNameIn(context.catalog, procedureId, vietnamClock(context.now).date, state.lang);

export const awaiting = (state: ConversationState, wait: AppointmentWait): ConversationState => ({ ...state, awaiting: 'appointment', appointment: wait });

/** The chat no longer waits for an appointment answer. */
export const released = (state: ConversationState): ConversationState => ({ ...state, awaiting: undefined, appointment: null });

export const say = (state: ConversationState, ...replies: string[]): TurnResult => ({ state, replies, effects: [] });

const isLater = (slot: SlotTime, than: SlotTime): boolean => `${slot.date} ${slot.startTime}` > `${than.date} ${than.startTime}` || (slot.date === than.date && slot.startTime === than.startTime && slot.id > than.id);

/** Free times for the procedure, without the one the resident is moving away from. */
export function freeSlotsFor(context: AppointmentContext, procedureId: string, moving: ActiveAppointment | null): readonly FreeSlot[] {
  const slots = appointmentData(context).freeSlots[procedureId] ?? [];
  return moving ? slots.filter((slot) => slot.id !== moving.slot.id) : slots;
}

/** The numbered list of the free times shown in a `pickSlot` wait. */
export function slotListText(state: ConversationState, wait: Extract<AppointmentWait, { step: 'pickSlot' }>, context: AppointmentContext): string {
  const procedure = nameOf(context, wait.procedureId, state);
  const last = wait.shown[wait.shown.length - 1];
  const hasMore = last !== undefined && freeSlotsFor(context, wait.procedureId, wait.moving).some((slot) => isLater(slot, last));
  const title = wait.moving
    ? appointmentMessage('slotsTitleMove', state.lang, { procedure, from: appointmentTime(wait.moving.slot, state.lang) })
    : appointmentMessage('slotsTitle', state.lang, { procedure });
  return renderSlotList(title, wait.shown, hasMore, state.lang);
}

/** A page of free times (the first, or the one after `after`); when none is free, says so and stops waiting. */
export function offerSlots(state: ConversationState, procedureId: string, moving: ActiveAppointment | null, context: AppointmentContext, { lead = [], after }: { lead?: string[]; after?: SlotTime } = {}): TurnResult {
  const free = freeSlotsFor(context, procedureId, moving);
  const page = (after ? free.filter((slot) => isLater(slot, after)) : free).slice(0, SLOTS_PER_PAGE);
  if (page.length === 0) {
    const procedure = nameOf(context, procedureId, state);
    const none = moving
      ? appointmentMessage('noFreeSlotsMove', state.lang, { procedure, from: appointmentTime(moving.slot, state.lang) })
      : appointmentMessage('noFreeSlots', state.lang, { procedure });
    return say(released(state), ...lead, none);
  }
  const wait: Extract<AppointmentWait, { step: 'pickSlot' }> = { step: 'pickSlot', procedureId, moving, shown: [...page], reasked: false };
  // One message: "that time just filled up" belongs with the list that replaces it.
  return say(awaiting(state, wait), [...lead, slotListText(state, wait, context)].join('\n'));
}

/** A booking for one procedure: its free times, unless the resident already holds an appointment for it. */
export function offerBooking(state: ConversationState, procedureId: string, context: AppointmentContext, lead: string[] = []): TurnResult {
  const held = appointmentData(context).mine.find((appointment) => appointment.procedureId === procedureId);
  if (!held) return offerSlots(state, procedureId, null, context, { lead });
  const params = { procedure: nameOf(context, procedureId, state), time: appointmentTime(held.slot, state.lang) };
  return say(released(state), ...lead, appointmentMessage('alreadyBooked', state.lang, params));
}

/** "Book (or move to) this time?" */
export function confirmSlotText(state: ConversationState, wait: Extract<AppointmentWait, { step: 'confirmSlot' }>, context: AppointmentContext): string {
  const params = { procedure: nameOf(context, wait.procedureId, state), time: appointmentTime(wait.slot, state.lang), place: appointmentMessage('place', state.lang) };
  if (!wait.moving) return appointmentMessage('confirmBooking', state.lang, params);
  return appointmentMessage('confirmMove', state.lang, { ...params, from: appointmentTime(wait.moving.slot, state.lang) });
}

export function askToConfirmSlot(state: ConversationState, wait: Omit<Extract<AppointmentWait, { step: 'confirmSlot' }>, 'reasked' | 'step'>, context: AppointmentContext): TurnResult {
  const { id, date, startTime, endTime } = wait.slot;
  const next: AppointmentWait = { step: 'confirmSlot', procedureId: wait.procedureId, moving: wait.moving, slot: { id, date, startTime, endTime }, reasked: false };
  return say(awaiting(state, next), confirmSlotText(state, next, context));
}

/** The time was taken before the booking: say so, and the fresh list (used by the server too, after a race). */
export function slotTakenTurn(state: ConversationState, taken: { procedureId: string; moving: ActiveAppointment | null; slot: SlotTime }, context: AppointmentContext): TurnResult {
  const lead = appointmentMessage('slotTaken', state.lang, { time: appointmentTime(taken.slot, state.lang) });
  return offerSlots(state, taken.procedureId, taken.moving, context, { lead: [lead] });
}

/** Which procedure to book for: the bookable ones, numbered. */
export function procedureListText(state: ConversationState, procedureIds: readonly string[], context: AppointmentContext): string {
  const lines = procedureIds.map((id, index) => `${index + 1}. ${nameOf(context, id, state)}`);
  return [appointmentMessage('pickProcedure', state.lang), ...lines].join('\n');
}

/** Which of the resident's appointments to move or cancel, numbered. */
export function appointmentListText(state: ConversationState, purpose: 'move' | 'cancel', appointments: readonly ActiveAppointment[], context: AppointmentContext): string {
  const lines = appointments.map((appointment, index) =>
    appointmentMessage('mineLine', state.lang, { number: index + 1, procedure: nameOf(context, appointment.procedureId, state), time: appointmentTime(appointment.slot, state.lang) }),
  );
  return [appointmentMessage(purpose === 'move' ? 'pickToMove' : 'pickToCancel', state.lang), ...lines, appointmentMessage('pickFooter', state.lang)].join('\n');
}

export function confirmCancelText(state: ConversationState, appointment: ActiveAppointment, context: AppointmentContext): string {
  return appointmentMessage('confirmCancel', state.lang, { procedure: nameOf(context, appointment.procedureId, state), time: appointmentTime(appointment.slot, state.lang) });
}

export function askToCancel(state: ConversationState, appointment: ActiveAppointment, context: AppointmentContext): TurnResult {
  return say(awaiting(state, { step: 'confirmCancel', appointment, reasked: false }), confirmCancelText(state, appointment, context));
}
