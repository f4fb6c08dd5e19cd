/**
 * Instants as officials read them: Vietnam time (the commune's clock, whatever the browser's
 * time zone), "14:35 02/03", or with the year where records may be older ("14:35 02/03/2026").
 */
const timeAndDay = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false });

function partsOf(iso: string): Record<string, string> {
  return Object.fromEntries(timeAndDay.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
}

export function formatTime(iso: string): string {
  const parts = partsOf(iso);
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}`;
}

export function formatDateTime(iso: string): string {
  const parts = partsOf(iso);
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}
