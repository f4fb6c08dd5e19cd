/**
 * Appointment commands, typed with or without diacritics, in Vietnamese or English: "đặt lịch
 * hẹn" / "dat lich" / "đặt lịch nộp hồ sơ kết hôn" / "book an appointment", "lịch hẹn của tôi" /
 * "my appointments", "đổi lịch hẹn" / "reschedule", "hủy lịch hẹn" / "cancel appointment".
 * Bare "hủy" stays the general "stop" command.
 */
import type { ChatInput, ConversationState } from './conversation-types';
import { politeCore } from './polite-core';

export type AppointmentCommand =
  /** `named`: the words after the command ("kết hôn"), or '' when no procedure was named. */
  | { intent: 'book'; named: string }
  | { intent: 'list' }
  | { intent: 'move'; named: string }
  | { intent: 'cancel'; named: string };

// Words residents put before a request: "cho tôi", "em muốn", "I'd like to", "can I".
const LEAD = new Set(['cho', 'xin', 'toi', 'minh', 'tui', 'em', 'anh', 'chi', 'chau', 'con', 'muon', 'can', 'hay', 'giup', 'vui', 'long', 'i', 'want', 'to', 'would', 'like', 'id', 'need', 'please', 'could', 'let', 'me', 'lets']);
// Words between the command and a procedure's name: "đặt lịch [hẹn để nộp hồ sơ] kết hôn".
const FILLER = new Set(['hen', 'de', 'cho', 'den', 've', 'di', 'lam', 'nop', 'ho', 'so', 'thu', 'tuc', 'for', 'to', 'the', 'a', 'an', 'my', 'of', 'about']);

const NOUN = '(?:lich hen|lich|hen|cuoc hen|gio hen|ngay hen|appointments?|slot|visit)';
const BOOK = new RegExp(`^(?:(?:dat|dat truoc|lay|dang ky|book|make|schedule)(?: (?:an?|mot))? ${NOUN}|hen lich)(?: (.*))?$`);
const MOVE = new RegExp(`^(?:(?:doi|doi lai|chuyen|thay doi|change|move)(?: (?:lai|the|my))? (?:${NOUN}|gio|ngay)|reschedule(?: (?:the|my) appointment)?)(?: (.*))?$`);
const CANCEL = new RegExp(`^(?:huy|huy bo|cancel)(?: (?:cai|the|my))? ${NOUN}(?: (.*))?$`);
const LIST = /^(?:(?:xem|kiem tra|coi|tra cuu|show|see|view|check)(?: lai)? )?(?:(?:cac|nhung) )?(?:lich hen|lich da dat|lich hen da dat|my appointments?|appointments?)(?: (?:cua (?:toi|minh|em|tui)|da dat|sap toi))?$/;

function dropLeading(words: string, skip: ReadonlySet<string>): string {
  const tokens = words.split(' ').filter((token) => token !== '');
  const first = tokens.findIndex((token) => !skip.has(token));
  return first === -1 ? '' : tokens.slice(first).join(' ');
}

/** The appointment command a message means, if any. */
export function detectAppointmentCommand(text: string): AppointmentCommand | undefined {
  const core = dropLeading(politeCore(text), LEAD);
  if (LIST.test(core)) return { intent: 'list' };
  const named = (match: RegExpExecArray): string => dropLeading(match[1] ?? '', FILLER);
  const cancel = CANCEL.exec(core);
  if (cancel) return { intent: 'cancel', named: named(cancel) };
  const move = MOVE.exec(core);
  if (move) return { intent: 'move', named: named(move) };
  const book = BOOK.exec(core);
  return book ? { intent: 'book', named: named(book) } : undefined;
}

/**
 * Whether a turn needs the free times and the resident's appointments in its context: when the
 * chat waits for an appointment answer, or the message is an appointment command. The server
 * asks this before the turn and loads them only then; an official's conversation needs none.
 */
export function needsAppointmentData(state: ConversationState | undefined, input: ChatInput): boolean {
  if (input.kind !== 'text' || state?.mode === 'handoff') return false;
  return state?.awaiting === 'appointment' || detectAppointmentCommand(input.text) !== undefined;
}
