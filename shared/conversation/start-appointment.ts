/**
 * The first reply to an appointment command. Booking picks the procedure the resident named, else
 * the one being discussed, else asks which (only procedures that need an in-person visit take
 * appointments); moving and cancelling pick the resident's appointment, asking which when several.
 */
import { takesAppointments } from '../catalog/takes-appointments';
import { vietnamClock } from '../rules/calendar';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import type { ActiveAppointment, AppointmentWait } from './appointment-types';
import type { AppointmentCommand } from './detect-appointment-command';
import { appointmentMessage } from './appointment-messages';
import { renderMyAppointments } from './render-appointments';
import { appointmentData, appointmentListText, askToCancel, awaiting, nameOf, offerBooking, offerSlots, procedureListText, released, say } from './appointment-offers';

const today = (context: ConversationContext): string => vietnamClock(context.now).date;

/** The procedures residents can book for today, in catalog order. */
function bookableIds(context: ConversationContext): string[] {
  return context.catalog
    .list(today(context))
    .filter(takesAppointments)
    .map((procedure) => procedure.id);
}

function startBooking(state: ConversationState, named: string, context: ConversationContext): TurnResult {
  const bookable = bookableIds(context);
  if (bookable.length === 0) return say(state, appointmentMessage('noneBookable', state.lang));
  const discussed = state.session?.procedureId ?? state.procedureId;
  const wantedId = named ? context.search.search(named, 1)[0]?.id : discussed;
  const wanted = wantedId ? context.catalog.current(wantedId, today(context)) : undefined;
  if (wanted && bookable.includes(wanted.id)) return offerBooking(state, wanted.id, context);
  const [only] = bookable;
  if (!wanted && only !== undefined && bookable.length === 1) return offerBooking(state, only, context);
  const lead = wanted ? [appointmentMessage('notBookable', state.lang, { procedure: nameOf(context, wanted.id, state) })] : [];
  return say(awaiting(state, { step: 'pickProcedure', procedureIds: bookable, reasked: false }), ...lead, procedureListText(state, bookable, context));
}

/** The appointment to change when the resident named its procedure ("hủy lịch hẹn kết hôn"), or had only one. */
function chosenAppointment(mine: readonly ActiveAppointment[], named: string, context: ConversationContext): ActiveAppointment | undefined {
  if (mine.length === 1) return mine[0];
  if (!named) return undefined;
  const hits = new Set(context.search.search(named, 5).map((hit) => hit.id));
  const matching = mine.filter((appointment) => hits.has(appointment.procedureId));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Moves or cancels the chosen appointment (the first question of either). */
export function changeAppointment(state: ConversationState, purpose: 'move' | 'cancel', appointment: ActiveAppointment, context: ConversationContext): TurnResult {
  return purpose === 'move' ? offerSlots(state, appointment.procedureId, appointment, context) : askToCancel(state, appointment, context);
}

function startChange(state: ConversationState, purpose: 'move' | 'cancel', named: string, context: ConversationContext): TurnResult {
  const { mine } = appointmentData(context);
  if (mine.length === 0) return say(state, appointmentMessage('noneMine', state.lang));
  const chosen = chosenAppointment(mine, named, context);
  if (chosen) return changeAppointment(state, purpose, chosen, context);
  const wait: AppointmentWait = { step: 'pickAppointment', purpose, appointmentIds: mine.map((appointment) => appointment.id), reasked: false };
  return say(awaiting(state, wait), appointmentListText(state, purpose, mine, context));
}

/** Book, list, move or cancel: whatever the chat was waiting for before is dropped. */
export function startAppointmentCommand(state: ConversationState, command: AppointmentCommand, context: ConversationContext): TurnResult {
  appointmentData(context); // every appointment turn needs it: a caller that did not load it fails at once
  const free = released(state);
  switch (command.intent) {
    case 'list':
      return say(free, renderMyAppointments(appointmentData(context).mine, (id) => nameOf(context, id, state), state.lang));
    case 'book':
      return startBooking(free, command.named, context);
    case 'move':
    case 'cancel':
      return startChange(free, command.intent, command.named, context);
  }
}
