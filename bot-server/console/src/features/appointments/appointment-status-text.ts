/** Where an appointment stands, in words: the list says it in text, and a muted row only repeats it. */
import type { DayListResponse } from '../../../../../shared/api/appointment-api-schemas';

type Appointment = DayListResponse['items'][number];

export function appointmentStatusText(appointment: Pick<Appointment, 'status' | 'cancelledBy'>): string {
  if (appointment.status === 'booked') return 'Đã đặt';
  if (appointment.status === 'moved') return 'Người dân đã đổi sang giờ khác';
  if (appointment.cancelledBy === 'resident') return 'Người dân đã hủy';
  if (appointment.cancelledBy === 'office') return 'Cơ quan đã hủy';
  return 'Đã hủy';
}

const CHANNELS: Record<Appointment['channel'], string> = { chat: 'Chat Zalo', miniApp: 'Mini App Zalo' };

/** How the resident booked. */
export const bookingChannelLabel = (channel: Appointment['channel']): string => CHANNELS[channel];
