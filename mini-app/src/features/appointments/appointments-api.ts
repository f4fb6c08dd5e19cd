/** Appointments (contracts in shared/api/appointment-api-schemas.ts). */
import type { AppointmentResponse, BookAppointmentRequest, FreeSlotsResponse, ResidentAppointment } from '../../../../shared/api/appointment-api-schemas';
import { apiRequest } from '../../api/api-client';
import { expectShape } from '../../api/expect-shape';

const appointmentShape = expectShape<AppointmentResponse>({ appointment: 'object' });
const appointmentPath = (id: number): string => `/api/me/appointments/${id}`;

export type FreeSlot = FreeSlotsResponse['items'][number];

/** Free times for a procedure, earliest first (public: no sign-in needed). */
export async function listFreeSlots(procedureId: string, signal?: AbortSignal): Promise<FreeSlot[]> {
  const body = await apiRequest(`/api/appointment-slots?procedureId=${encodeURIComponent(procedureId)}`, expectShape<FreeSlotsResponse>({ items: 'array' }), { signal });
  return body.items;
}

export async function listMyAppointments(signal?: AbortSignal): Promise<ResidentAppointment[]> {
  const body = await apiRequest('/api/me/appointments', expectShape<{ items: ResidentAppointment[] }>({ items: 'array' }), { signal });
  return body.items;
}

/** `requestId` is made once per confirmation, so resending it (a retry) never books twice. */
export async function bookAppointment(request: BookAppointmentRequest): Promise<ResidentAppointment> {
  return (await apiRequest('/api/me/appointments', appointmentShape, { method: 'POST', body: request, retries: 2 })).appointment;
}

/** Moving again to the same time answers the same, so a retry is safe. */
export async function moveAppointment(id: number, slotId: number): Promise<ResidentAppointment> {
  return (await apiRequest(`${appointmentPath(id)}/move`, appointmentShape, { method: 'POST', body: { slotId }, retries: 2 })).appointment;
}

export async function cancelAppointment(id: number): Promise<ResidentAppointment> {
  return (await apiRequest(`${appointmentPath(id)}/cancel`, appointmentShape, { method: 'POST', retries: 2 })).appointment;
}
