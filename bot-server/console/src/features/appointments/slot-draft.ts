/**
 * The "Mở lịch hẹn" form as typed, what must be fixed before sending it, and the request it makes.
 * The server checks the rest (past days, too long a range) and says so in its own words.
 */
import type { PublishSlotsRequest } from '../../../../../shared/api/appointment-api-schemas';
import { addDays } from '../../lib/add-days';

export interface TimeWindow {
  /** Survives removing a window above it, so React keeps each row's fields. */
  key: number;
  start: string;
  end: string;
}

export interface SlotDraft {
  from: string;
  to: string;
  /** 1 = Monday … 5 = Friday. */
  weekdays: number[];
  windows: TimeWindow[];
  slotMinutes: string;
  capacity: string;
  /** True: every procedure that needs an in-person visit, now and later (the server's null). */
  allProcedures: boolean;
  procedureIds: string[];
}

export type SlotField = 'dates' | 'weekdays' | 'windows' | 'slotMinutes' | 'capacity' | 'procedures';
export type SlotProblems = Partial<Record<SlotField, string>>;

/** The server's limit on time windows per publication. */
export const MAX_WINDOWS = 6;

/** Tomorrow to two weeks later, Monday to Friday, a morning and an afternoon, half-hour slots. */
export function defaultSlotDraft(today: string): SlotDraft {
  return {
    from: addDays(today, 1),
    to: addDays(today, 14),
    weekdays: [1, 2, 3, 4, 5],
    windows: [
      { key: 0, start: '08:00', end: '11:30' },
      { key: 1, start: '13:30', end: '16:30' },
    ],
    slotMinutes: '30',
    capacity: '2',
    allProcedures: true,
    procedureIds: [],
  };
}

const wholeNumberIn = (text: string, min: number, max: number): boolean => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

function windowProblem(windows: TimeWindow[]): string | undefined {
  for (const [index, window] of windows.entries()) {
    if (window.start === '' || window.end === '') return `Hãy nhập cả giờ bắt đầu và giờ kết thúc của khung giờ ${index + 1}.`;
    if (window.end <= window.start) return `Khung giờ ${index + 1}: giờ kết thúc phải sau giờ bắt đầu.`;
  }
  return windows.length === 0 ? 'Hãy thêm ít nhất một khung giờ.' : undefined;
}

export function slotProblems(draft: SlotDraft): SlotProblems {
  const problems: SlotProblems = {};
  if (draft.from === '' || draft.to === '') problems.dates = 'Hãy chọn ngày bắt đầu và ngày kết thúc.';
  else if (draft.to < draft.from) problems.dates = 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.';
  if (draft.weekdays.length === 0) problems.weekdays = 'Hãy chọn ít nhất một ngày trong tuần.';
  const windows = windowProblem(draft.windows);
  if (windows) problems.windows = windows;
  if (!wholeNumberIn(draft.slotMinutes, 10, 240)) problems.slotMinutes = 'Mỗi lượt hẹn dài từ 10 đến 240 phút. Hãy nhập một số nguyên.';
  if (!wholeNumberIn(draft.capacity, 1, 100)) problems.capacity = 'Mỗi lượt nhận từ 1 đến 100 người. Hãy nhập một số nguyên.';
  if (!draft.allProcedures && draft.procedureIds.length === 0) problems.procedures = 'Hãy chọn ít nhất một thủ tục, hoặc chọn “Mọi thủ tục cần người dân đến trực tiếp”.';
  return problems;
}

export function slotRequest(draft: SlotDraft): PublishSlotsRequest {
  return {
    from: draft.from,
    to: draft.to,
    weekdays: [...draft.weekdays].sort(),
    times: draft.windows.map(({ start, end }) => ({ start, end })),
    slotMinutes: Number(draft.slotMinutes),
    capacity: Number(draft.capacity),
    procedureIds: draft.allProcedures ? null : draft.procedureIds,
  };
}
