/**
 * Which slots a publication makes: every chosen weekday from `from` to `to` that is a working day
 * (weekends and public holidays skipped), each time window cut into slots of `slotMinutes` (a
 * remainder too short for a whole slot is left out). Slots that would already have started today
 * are left out. Pure: today, the time and the holidays come in.
 */
import type { PublishSlotsRequest } from '../../shared/api/appointment-api-schemas';
import { isoWeekday, isWorkingDay } from '../../shared/rules/calendar';
import type { NewSlot } from '../storage/appointment-slot-store';

const DAY_MS = 86_400_000;

export type SlotPlan = { ok: true; slots: NewSlot[]; skippedHolidays: string[] } | { ok: false; problem: 'dateInPast' | 'rangeTooLong' };

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

export function planAppointmentSlots(
  request: PublishSlotsRequest,
  context: { today: string; nowMinutes: number; holidays: ReadonlySet<string>; maxDays: number },
): SlotPlan {
  if (request.from < context.today) return { ok: false, problem: 'dateInPast' };
  const dates = datesFrom(request.from, request.to);
  if (dates.length > context.maxDays) return { ok: false, problem: 'rangeTooLong' };
  const slots: NewSlot[] = [];
  const skippedHolidays: string[] = [];
  for (const date of dates) {
    // Only Monday to Friday can be chosen (the request schema): a chosen day off is a public holiday.
    if (!request.weekdays.includes(isoWeekday(date))) continue;
    if (!isWorkingDay(date, context.holidays)) {
      skippedHolidays.push(date);
      continue;
    }
    for (const window of request.times) {
      for (let start = minutesOf(window.start); start + request.slotMinutes <= minutesOf(window.end); start += request.slotMinutes) {
        if (date === context.today && start <= context.nowMinutes) continue;
        slots.push({ date, startTime: timeOf(start), endTime: timeOf(start + request.slotMinutes), capacity: request.capacity, procedureIds: request.procedureIds });
      }
    }
  }
  return { ok: true, slots, skippedHolidays };
}
