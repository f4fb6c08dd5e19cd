/**
 * Whether the OA may still write to a resident unasked (status notices, a volunteer's summary).
 * Zalo accepts consultation (`cs`) messages free of charge for 48 hours after the resident's last
 * interaction, charges for them up to 7 days, and refuses them after that (-230)
 * (reference/zalo-platform.md §2, "Reply window"). A commune stays inside the free window by
 * default (ZALO_NOTICE_WINDOW_HOURS, up to 168 to pay for the rest); outside it the Mini App
 * timeline carries the news (a ZNS template would be the paid way).
 */
export const FREE_REPLY_WINDOW_HOURS = 48;

export function withinReplyWindow(lastInteractionAt: string, now: Date, windowHours: number): boolean {
  return now.getTime() - Date.parse(lastInteractionAt) <= windowHours * 3_600_000;
}
