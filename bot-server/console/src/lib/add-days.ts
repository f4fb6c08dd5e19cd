/** A calendar day `days` later (or earlier, when negative): "2026-03-05" + 1 → "2026-03-06". */
const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
