/**
 * Appointment routes for the fake server, kept in memory with the server's rules: a slot gives
 * out at most `capacity` places (409 SLOT_FULL after that), a request id books once, moving frees
 * the old place only once the new one is taken, and cancelling frees the place.
 */
import type { BookAppointmentRequest, ResidentAppointment } from '../../../shared/api/appointment-api-schemas';
import type { FakeServer } from './fake-server';

interface FakeSlot {
  id: number;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  booked: number;
}

const MARRIAGE_NAME = { vi: 'Đăng ký kết hôn', en: 'Marriage registration' };

export interface FakeAppointments {
  slots: FakeSlot[];
  appointments: ResidentAppointment[];
  /** Request ids already handled, with the appointment each made. */
  requests: Map<string, number>;
}

export function addFakeAppointments(server: FakeServer, slots: FakeSlot[], appointments: ResidentAppointment[] = []): FakeAppointments {
  const state: FakeAppointments = { slots, appointments, requests: new Map() };
  const slotOf = (id: number) => state.slots.find((slot) => slot.id === id);
  const full = { status: 409, body: { error: { code: 'SLOT_FULL', message: 'Giờ hẹn này vừa hết chỗ. Bạn vui lòng chọn một giờ khác còn trống.' } } };
  const take = (slot: FakeSlot, procedureId: string, from?: ResidentAppointment): ResidentAppointment => {
    slot.booked += 1;
    const appointment: ResidentAppointment = {
      id: 100 + state.appointments.length,
      procedureId,
      procedureName: MARRIAGE_NAME,
      slotId: slot.id,
      date: slot.date,
      startTime: slot.startTime,
      endTime: slot.endTime,
      status: 'booked',
      cancelledBy: null,
      filingReference: from?.filingReference ?? null,
      bookedAt: '2026-03-02T02:00:00.000Z',
    };
    state.appointments.unshift(appointment);
    return appointment;
  };
  server.routes.push(
    {
      method: 'GET',
      path: /^\/api\/appointment-slots$/,
      reply: (call) => ({
        status: 200,
        body: { procedureId: new URL(`http://x${call.path}`).searchParams.get('procedureId'), items: state.slots.filter((s) => s.booked < s.capacity).map((s) => ({ id: s.id, date: s.date, startTime: s.startTime, endTime: s.endTime, free: s.capacity - s.booked })) },
      }),
    },
    { method: 'GET', path: /^\/api\/me\/appointments$/, reply: () => ({ status: 200, body: { items: state.appointments.filter((a) => a.status !== 'moved') } }) },
    {
      method: 'POST',
      path: /^\/api\/me\/appointments$/,
      reply: (call) => {
        const request = call.body as BookAppointmentRequest;
        const earlier = state.requests.get(request.requestId);
        if (earlier !== undefined) return { status: 200, body: { appointment: state.appointments.find((a) => a.id === earlier) } };
        const slot = slotOf(request.slotId);
        if (!slot || slot.booked >= slot.capacity) return full;
        const appointment = take(slot, request.procedureId);
        state.requests.set(request.requestId, appointment.id);
        return { status: 201, body: { appointment } };
      },
    },
    {
      method: 'POST',
      path: /^\/api\/me\/appointments\/(\d+)\/(move|cancel)$/,
      reply: (call, match) => {
        const current = state.appointments.find((a) => a.id === Number(match[1]));
        if (!current) return { status: 404, body: { error: { code: 'APPOINTMENT_NOT_FOUND', message: 'Không tìm thấy lịch hẹn này.' } } };
        const oldSlot = slotOf(current.slotId);
        if (match[2] === 'cancel') {
          current.status = 'cancelled';
          current.cancelledBy = 'resident';
          if (oldSlot) oldSlot.booked -= 1;
          return { status: 200, body: { appointment: current } };
        }
        const slot = slotOf((call.body as { slotId: number }).slotId);
        if (!slot || slot.booked >= slot.capacity) return full;
        const appointment = take(slot, current.procedureId, current);
        current.status = 'moved';
        if (oldSlot) oldSlot.booked -= 1;
        return { status: 200, body: { appointment } };
      },
    },
  );
  return state;
}
