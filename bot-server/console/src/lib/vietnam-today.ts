/** Today's date (YYYY-MM-DD) on the commune's clock, whatever the browser's time zone. Vietnam has no daylight saving. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function vietnamToday(now: number = Date.now()): string {
  return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
