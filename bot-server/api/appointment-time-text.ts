/** "08:00 ngày 10/03/2026": an appointment's time as residents read it (Vietnam's date order). */
export function appointmentTimeText(slot: { date: string; start_time: string }): string {
  return `${slot.start_time} ngày ${slot.date.slice(8, 10)}/${slot.date.slice(5, 7)}/${slot.date.slice(0, 4)}`;
}
