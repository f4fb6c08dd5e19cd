/**
 * Dates as Vietnamese residents write them (dd/mm/yyyy), in Vietnam time (UTC+7, no daylight
 * saving), whatever the phone's time zone.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-03-05" → "05/03/2026"; anything else unchanged. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** An ISO instant → "05/03/2026 09:30" in Vietnam time. */
export function formatInstant(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** An ISO instant → "05/03/2026" in Vietnam time. */
export function formatInstantDate(instant: string): string {
  return formatInstant(instant).slice(0, 10);
}
