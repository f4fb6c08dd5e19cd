/**
 * Whether the OA may still write to a resident for free. Zalo accepts consultation (`cs`) messages
 * free of charge for 48 hours after the resident's last interaction, charges for them up to 7 days,
 * and refuses them after that (-230). A commune sends status notices only inside the free window:
 * outside it the Mini App timeline carries the news (a ZNS template would be the paid way)
 * (reference/zalo-platform.md §2, "Reply window").
 */
const FREE_REPLY_WINDOW_MS = 48 * 3_600_000;

export function withinFreeReplyWindow(lastInteractionAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(lastInteractionAt) <= FREE_REPLY_WINDOW_MS;
}
