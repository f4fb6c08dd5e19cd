/**
 * Chat texts about appointments: the numbered list of free times (grouped by day), the booking
 * receipt (time, place, what to bring, how to change it), and the resident's own list.
 */
import type { Catalog } from '../catalog/catalog';
import type { Procedure } from '../schema/procedure-schema';
import { pick, type Language } from '../i18n/language';
import type { ActiveAppointment, FreeSlot, SlotTime } from './appointment-types';
import { appointmentMessage } from './appointment-messages';
import { appointmentDay, appointmentTime } from './render-appointment-time';

/** How many free times one list shows; "thêm" shows the next ones. */
export const SLOTS_PER_PAGE = 6;

/** The procedure's name in the resident's language, even for one withdrawn since the booking. */
export function procedureNameIn(catalog: Catalog, id: string, today: string, lang: Language): string {
  const procedure = catalog.current(id, today) ?? catalog.all().find((candidate) => candidate.id === id);
  return procedure ? pick(procedure.name, lang) : id;
}

/** "1. Thứ Ba 03/03 08:00–08:30 (còn 2 chỗ)", a blank line between days; then what to type. */
export function renderSlotList(title: string, slots: readonly FreeSlot[], hasMore: boolean, lang: Language): string {
  const lines: string[] = [title];
  slots.forEach((slot, index) => {
    if (index > 0 && slots[index - 1]?.date !== slot.date) lines.push('');
    const day = appointmentDay(slot.date, lang);
    lines.push(appointmentMessage('slotLine', lang, { number: index + 1, day, start: slot.startTime, end: slot.endTime, free: slot.free }));
  });
  return [...lines, '', appointmentMessage(hasMore ? 'slotsFooter' : 'slotsFooterLast', lang)].join('\n');
}

/** The papers that are always needed, briefly (the conditional ones depend on answers the chat may not have). */
function shortPapers(procedure: Procedure, lang: Language): string[] {
  const always = procedure.documents.filter((document) => document.when === undefined).map((document) => `- ${pick(document.name, lang)}`);
  const more = always.length < procedure.documents.length ? [appointmentMessage('morePapersMaybe', lang)] : [];
  return always.length > 0 ? [appointmentMessage('papersTitle', lang), ...always, ...more] : more;
}

/** The reply once a booking (or a move) is made: when, where, why in person, what to bring, how to change it. */
export function renderAppointmentMade(procedure: Procedure, slot: Pick<SlotTime, 'date' | 'startTime' | 'endTime'>, kind: 'booked' | 'moved', lang: Language): string {
  const place = appointmentMessage('place', lang);
  const reason = procedure.inPersonVisit ? [pick(procedure.inPersonVisit.reason, lang)] : [];
  return [
    appointmentMessage(kind, lang, { procedure: pick(procedure.name, lang) }),
    appointmentMessage('when', lang, { time: appointmentTime(slot, lang) }),
    appointmentMessage('where', lang, { place }),
    ...reason,
    ...shortPapers(procedure, lang),
    appointmentMessage('changeHint', lang),
  ].join('\n');
}

/** "Lịch hẹn của tôi": the upcoming ones, numbered, or how to book one. */
export function renderMyAppointments(mine: readonly ActiveAppointment[], name: (procedureId: string) => string, lang: Language): string {
  if (mine.length === 0) return appointmentMessage('noneMine', lang);
  const lines = mine.map((appointment, index) => appointmentMessage('mineLine', lang, { number: index + 1, procedure: name(appointment.procedureId), time: appointmentTime(appointment.slot, lang) }));
  return [appointmentMessage('mineTitle', lang), ...lines, '', appointmentMessage('mineFooter', lang, { place: appointmentMessage('place', lang) })].join('\n');
}
