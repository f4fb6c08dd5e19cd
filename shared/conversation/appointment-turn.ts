/**
 * The resident's answer to an appointment question. Nothing is booked, moved or cancelled without
 * an explicit answer: a number in the list, then "1"/"xác nhận"/"có". A number out of range or
 * other words are asked about once more; the second time the chat leaves the appointment politely
 * (and a message that was not a number is then handled as usual). "Hủy"/"thôi" stop at once, any
 * other command is obeyed, and a new appointment command starts over.
 */
import type { ConversationContext, ConversationEffect, ConversationState, TurnResult } from './conversation-types';
import type { AppointmentWait } from './appointment-types';
import { detectCommand } from './detect-command';
import { detectAppointmentCommand } from './detect-appointment-command';
import { politeCore } from './polite-core';
import { appointmentMessage } from './appointment-messages';
import {
  appointmentData,
  appointmentListText,
  askToConfirmSlot,
  confirmCancelText,
  confirmSlotText,
  freeSlotsFor,
  nameOf,
  offerBooking,
  offerSlots,
  procedureListText,
  released,
  say,
  slotListText,
  slotTakenTurn,
} from './appointment-offers';
import { changeAppointment, startAppointmentCommand } from './start-appointment';
import { appointmentTime } from './render-appointment-time';

/** What the chat does with the message: answered here, or handled as usual after `lead`. */
export type AppointmentAnswer = { kind: 'answered'; turn: TurnResult } | { kind: 'passOn'; state: ConversationState; lead: string[] };

// Whole replies, folded: no yes/no guessing, so "dừng" (folds like "đúng") never books anything.
// Not bare "đổi": "đợi" (wait) folds to the same word.
const YES: ReadonlySet<string> = new Set(['1', 'co', 'xac nhan', 'dong y', 'ok', 'oke', 'okay', 'dat', 'dat lich', 'xac nhan dat lich', 'xac nhan doi', 'xac nhan doi gio', 'chac chan', 'yes', 'confirm', 'book it']);
const YES_CANCEL: ReadonlySet<string> = new Set([...YES, 'huy', 'co huy', 'huy lich', 'huy lich hen', 'huy di', 'yes cancel', 'cancel it']);
const NO: ReadonlySet<string> = new Set(['khong', 'ko', 'k', 'thoi', 'no', 'khong dat', 'khong doi']);
const KEEP: ReadonlySet<string> = new Set(['2', 'khong', 'ko', 'k', 'giu', 'giu lai', 'giu lich', 'giu lich hen', 'khong huy', 'no', 'keep', 'keep it']);
const OTHER_TIME: ReadonlySet<string> = new Set(['2', 'chon gio khac', 'gio khac', 'khac', 'chon lai', 'doi gio khac', 'other', 'another', 'another time', 'quay lai', 'back']);
const MORE: ReadonlySet<string> = new Set(['them', 'xem them', 'khac', 'gio khac', 'ngay khac', 'tiep', 'xem tiep', 'muon hon', 'gio muon hon', 'more', 'later', 'next', 'other']);

type Step<S extends AppointmentWait['step']> = Extract<AppointmentWait, { step: S }>;

/** The list position a typed number picks, 'outOfRange' for another number, undefined for words. */
function numberIn(core: string, count: number): { index: number } | 'outOfRange' | undefined {
  if (!/^\d{1,3}$/.test(core)) return undefined;
  const number = Number(core);
  return number >= 1 && number <= count ? { index: number - 1 } : 'outOfRange';
}

const isNewBooking = (wait: AppointmentWait): boolean => wait.step === 'pickProcedure' || ((wait.step === 'pickSlot' || wait.step === 'confirmSlot') && wait.moving === null);

function stopped(state: ConversationState, wait: AppointmentWait): TurnResult {
  return say(released(state), appointmentMessage(isNewBooking(wait) ? 'stoppedBooking' : 'stoppedChange', state.lang));
}

function pickProcedure(state: ConversationState, wait: Step<'pickProcedure'>, core: string, text: string, context: ConversationContext): TurnResult | undefined {
  const picked = numberIn(core, wait.procedureIds.length);
  if (picked === 'outOfRange') return undefined;
  // A number from the list, or the procedure's name ("kết hôn") when it is one of those listed.
  const [best] = picked ? [] : context.search.search(text, 1);
  const id = picked ? wait.procedureIds[picked.index] : best && wait.procedureIds.includes(best.id) ? best.id : undefined;
  return id ? offerBooking(released(state), id, context) : undefined;
}

function pickSlot(state: ConversationState, wait: Step<'pickSlot'>, core: string, context: ConversationContext): TurnResult | undefined {
  const picked = numberIn(core, wait.shown.length);
  const slot = typeof picked === 'object' ? wait.shown[picked.index] : undefined;
  if (slot) return askToConfirmSlot(state, { procedureId: wait.procedureId, moving: wait.moving, slot }, context);
  if (!MORE.has(core)) return NO.has(core) ? stopped(state, wait) : undefined;
  const last = wait.shown[wait.shown.length - 1];
  const later = offerSlots(state, wait.procedureId, wait.moving, context, { after: last });
  // Nothing later: say so, and keep the list the resident has.
  return later.state.awaiting === 'appointment' ? later : say(state, `${appointmentMessage('noMoreSlots', state.lang)}\n${slotListText(state, wait, context)}`);
}

function confirmSlot(state: ConversationState, wait: Step<'confirmSlot'>, core: string, context: ConversationContext): TurnResult | undefined {
  if (OTHER_TIME.has(core)) return offerSlots(state, wait.procedureId, wait.moving, context);
  if (NO.has(core)) return stopped(state, wait);
  if (!YES.has(core)) return undefined;
  // Checked against the times loaded for this turn; the store still decides, and a race is answered the same way.
  if (!freeSlotsFor(context, wait.procedureId, wait.moving).some((slot) => slot.id === wait.slot.id)) return slotTakenTurn(state, wait, context);
  const effect: ConversationEffect = wait.moving
    ? { type: 'moveAppointment', appointmentId: wait.moving.id, procedureId: wait.procedureId, slot: wait.slot }
    : { type: 'bookAppointment', procedureId: wait.procedureId, slot: wait.slot };
  // The server replies once it is done: the booking with its details, or the fresh list when the time filled up.
  return { state: released(state), replies: [], effects: [effect] };
}

function pickAppointment(state: ConversationState, wait: Step<'pickAppointment'>, core: string, context: ConversationContext): TurnResult | undefined {
  const picked = numberIn(core, wait.appointmentIds.length);
  if (typeof picked !== 'object') return undefined;
  const appointment = appointmentData(context).mine.find((candidate) => candidate.id === wait.appointmentIds[picked.index]);
  if (!appointment) return say(released(state), appointmentMessage('notActive', state.lang));
  return changeAppointment(released(state), wait.purpose, appointment, context);
}

function confirmCancel(state: ConversationState, wait: Step<'confirmCancel'>, core: string, context: ConversationContext): TurnResult | undefined {
  const { appointment } = wait;
  if (KEEP.has(core)) {
    const params = { procedure: nameOf(context, appointment.procedureId, state), time: appointmentTime(appointment.slot, state.lang) };
    return say(released(state), appointmentMessage('kept', state.lang, params));
  }
  if (!YES_CANCEL.has(core)) return undefined;
  if (!appointmentData(context).mine.some((candidate) => candidate.id === appointment.id)) return say(released(state), appointmentMessage('notActive', state.lang));
  return { state: released(state), replies: [], effects: [{ type: 'cancelAppointment', appointmentId: appointment.id }] };
}

function answerStep(state: ConversationState, wait: AppointmentWait, core: string, text: string, context: ConversationContext): TurnResult | undefined {
  switch (wait.step) {
    case 'pickProcedure':
      return pickProcedure(state, wait, core, text, context);
    case 'pickSlot':
      return pickSlot(state, wait, core, context);
    case 'confirmSlot':
      return confirmSlot(state, wait, core, context);
    case 'pickAppointment':
      return pickAppointment(state, wait, core, context);
    case 'confirmCancel':
      return confirmCancel(state, wait, core, context);
  }
}

/** The question again, after "I did not understand" (a list of the resident's appointments as it stands now). */
function askAgain(state: ConversationState, wait: AppointmentWait, context: ConversationContext): TurnResult {
  const ask = (next: AppointmentWait, text: string): TurnResult => say({ ...state, appointment: { ...next, reasked: true } }, text);
  const pickNumber = (count: number): string => (count === 1 ? appointmentMessage('pickTheOne', state.lang) : appointmentMessage('pickNumber', state.lang, { count }));
  const oneOrTwo = appointmentMessage('pickOneOrTwo', state.lang);
  switch (wait.step) {
    case 'pickProcedure':
      return ask(wait, `${pickNumber(wait.procedureIds.length)}\n${procedureListText(state, wait.procedureIds, context)}`);
    case 'pickSlot':
      return ask(wait, `${pickNumber(wait.shown.length)}\n${slotListText(state, wait, context)}`);
    case 'confirmSlot':
      return ask(wait, `${oneOrTwo}\n${confirmSlotText(state, wait, context)}`);
    case 'pickAppointment': {
      const mine = appointmentData(context).mine.filter((appointment) => wait.appointmentIds.includes(appointment.id));
      if (mine.length === 0) return say(released(state), appointmentMessage('noneMine', state.lang));
      const next = { ...wait, appointmentIds: mine.map((appointment) => appointment.id) };
      return ask(next, `${pickNumber(mine.length)}\n${appointmentListText(state, wait.purpose, mine, context)}`);
    }
    case 'confirmCancel':
      return ask(wait, `${oneOrTwo}\n${confirmCancelText(state, wait.appointment, context)}`);
  }
}

/** Call when `state.awaiting === 'appointment'`. */
export function answerAppointment(state: ConversationState, text: string, context: ConversationContext): AppointmentAnswer {
  const wait = state.appointment;
  if (!wait) return { kind: 'passOn', state: released(state), lead: [] };
  const core = politeCore(text);
  const answered = answerStep(state, wait, core, text, context);
  if (answered) return { kind: 'answered', turn: answered };
  const again = detectAppointmentCommand(text);
  if (again) return { kind: 'answered', turn: startAppointmentCommand(state, again, context) };
  const command = detectCommand(text);
  if (command?.command === 'cancel') return { kind: 'answered', turn: stopped(state, wait) };
  // Any other command ("menu", "gặp cán bộ", "xóa dữ liệu của tôi") is obeyed; nothing was changed.
  if (command) return { kind: 'passOn', state: released(state), lead: [] };
  if (!wait.reasked) return { kind: 'answered', turn: askAgain(state, wait, context) };
  const left = appointmentMessage(isNewBooking(wait) ? 'leftBooking' : 'leftChange', state.lang);
  // A stray number is not handled again as a menu choice; words may be a new question.
  return /^\d+$/.test(core) ? { kind: 'answered', turn: say(released(state), left) } : { kind: 'passOn', state: released(state), lead: [left] };
}
