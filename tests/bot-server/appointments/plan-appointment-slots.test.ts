import { describe, expect, it } from 'vitest';
import { planAppointmentSlots } from '../../../bot-server/console-api/plan-appointment-slots';
import type { PublishSlotsRequest } from '../../../shared/api/appointment-api-schemas';

const request = (overrides: Partial<PublishSlotsRequest> = {}): PublishSlotsRequest => ({
  from: '2026-03-06',
  to: '2026-03-09',
  weekdays: [1, 2, 3, 4, 5],
  times: [{ start: '08:00', end: '09:10' }],
  slotMinutes: 30,
  capacity: 2,
  procedureIds: null,
  ...overrides,
});
const context = { today: '2026-03-02', nowMinutes: 9 * 60, holidays: new Set(['2026-03-09']), maxDays: 92 };
const labels = (plan: ReturnType<typeof planAppointmentSlots>) => (plan.ok ? plan.slots.map((slot) => `${slot.date} ${slot.startTime}-${slot.endTime}`) : plan.problem);

describe('planAppointmentSlots', () => {
  it('cuts each window into whole slots on working days, skipping the weekend and reporting the holiday', () => {
    const plan = planAppointmentSlots(request(), context);
    // Friday 6 March only: 7–8 March is a weekend, Monday 9 March a holiday; 09:00–09:10 is too short for a slot.
    expect(labels(plan)).toEqual(['2026-03-06 08:00-08:30', '2026-03-06 08:30-09:00']);
    expect(plan.ok && plan.skippedHolidays).toEqual(['2026-03-09']);
  });

  it('keeps to the chosen weekdays and leaves out slots of today that have begun', () => {
    const plan = planAppointmentSlots(request({ from: '2026-03-02', to: '2026-03-04', weekdays: [1, 3], times: [{ start: '08:30', end: '10:00' }] }), context);
    expect(labels(plan)).toEqual(['2026-03-02 09:30-10:00', '2026-03-04 08:30-09:00', '2026-03-04 09:00-09:30', '2026-03-04 09:30-10:00']);
  });

  it('refuses a range that starts in the past or is too long', () => {
    expect(labels(planAppointmentSlots(request({ from: '2026-03-01' }), context))).toBe('dateInPast');
    expect(labels(planAppointmentSlots(request({ to: '2026-06-30' }), context))).toBe('rangeTooLong');
  });
});
