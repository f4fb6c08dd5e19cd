import { describe, expect, it } from 'vitest';
import { addWorkingDays, ageInYears, isoWeekday, vietnamClock, workingDaysBetween } from '../../../shared/rules/calendar';
import { assessProcessingTime } from '../../../shared/engine/processing-time';

const none = new Set<string>();

describe('calendar', () => {
  it('takes the local date in Vietnam (UTC+7)', () => {
    expect(vietnamClock('2026-03-01T16:59:00Z')).toEqual({ date: '2026-03-01', minutes: 23 * 60 + 59 });
    expect(vietnamClock('2026-03-01T17:00:00Z').date).toBe('2026-03-02');
  });

  it('skips weekends and holidays when adding working days', () => {
    expect(addWorkingDays('2026-03-06', 3, none)).toBe('2026-03-11'); // Fri + 3 → Wed
    expect(addWorkingDays('2026-04-29', 1, new Set(['2026-04-30', '2026-05-01']))).toBe('2026-05-04');
    expect(workingDaysBetween('2026-03-09', '2026-03-06', none)).toBe(-1); // backwards: Mon → Fri
  });

  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    expect(['2026-03-02', '2026-03-06', '2026-03-07', '2026-03-08', '1969-12-28'].map(isoWeekday)).toEqual([1, 5, 6, 7, 7]);
  });

  it('handles leap-day birthdays', () => {
    expect(ageInYears('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageInYears('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('processing time', () => {
  const sameDay = { kind: 'sameDay' as const, cutoff: '15:00' };
  it('counts a same-day filing received before 15:00 today, after 15:00 the next working day', () => {
    expect(assessProcessingTime(sameDay, '2026-03-06T07:59:00Z', none).dueDate).toBe('2026-03-06'); // Fri 14:59
    expect(assessProcessingTime(sameDay, '2026-03-06T08:00:00Z', none).dueDate).toBe('2026-03-09'); // Fri 15:00 → Mon
  });

  it('counts working days from the receiving day, and a Saturday filing from Monday', () => {
    const threeDays = { kind: 'workingDays' as const, days: 3 };
    expect(assessProcessingTime(threeDays, '2026-03-09T02:00:00Z', none).dueDate).toBe('2026-03-12');
    expect(assessProcessingTime(threeDays, '2026-03-07T02:00:00Z', none).dueDate).toBe('2026-03-12');
  });
});
