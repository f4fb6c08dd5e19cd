/**
 * The desk's settings as the chat and the console use them: read from storage at start, kept in
 * memory (the chat asks for office hours on every handoff, and a turn must not wait on a query),
 * re-read every REFRESH_MS so an admin's change on one instance reaches the others, and at once on
 * the instance that made it. Defaults stand in for settings nobody has written.
 */
import type { OfficeHours } from '../../shared/conversation/office-hours';
import { DEFAULT_OFFICE_HOURS } from '../../shared/conversation/office-hours';
import { cannedRepliesResponseSchema } from '../../shared/api/console-handoff-schemas';
import { officeHoursSchema } from '../../shared/api/console-office-schemas';
import { CANNED_REPLIES } from '../console-api/canned-replies';
import { readOfficeSettings } from '../storage/office-settings-store';
import type { Db } from '../storage/database-types';

const REFRESH_MS = 30_000;

type CannedReplies = { id: string; title: string; text: string }[];

export interface OfficeSettings {
  hours(): OfficeHours;
  cannedReplies(): CannedReplies;
  /** Re-reads storage now (after a change on this instance). */
  reload(): Promise<void>;
  stop(): void;
}

export async function loadOfficeSettings(db: Db, onError: (error: unknown) => void): Promise<OfficeSettings> {
  let hours: OfficeHours = DEFAULT_OFFICE_HOURS;
  const defaultReplies: CannedReplies = CANNED_REPLIES.map((reply) => ({ ...reply }));
  let replies = defaultReplies;
  const reload = async () => {
    const stored = await readOfficeSettings(db);
    // A value that no longer parses (edited by hand) falls back to the default rather than breaking the chat.
    hours = officeHoursSchema.safeParse(stored.officeHours).data ?? DEFAULT_OFFICE_HOURS;
    replies = cannedRepliesResponseSchema.shape.items.safeParse(stored.cannedReplies).data ?? defaultReplies;
  };
  await reload();
  const timer = setInterval(() => void reload().catch(onError), REFRESH_MS);
  timer.unref();
  return { hours: () => hours, cannedReplies: () => replies, reload, stop: () => clearInterval(timer) };
}
