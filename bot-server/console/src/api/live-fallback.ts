/** How often a live list refetches anyway, in case an update from the event stream never arrived (stream down, a proxy in the way). */
export const REFETCH_EVERY_MS = 30_000;
