/**
 * What an outbox row holds: one Zalo message, sealed (replies can repeat personal answers back),
 * and who wrote it (the bot, or an official through the console). Written and read only here.
 */
import type { DataCipher } from '../security/data-cipher';
import type { Db } from '../storage/database-types';
import { enqueueOutbox } from '../storage/outbox-store';
import { splitMessageText } from '../zalo/split-message-text';

type Author = 'bot' | 'official';

/**
 * Queues texts for a resident, in order: one row per Zalo message (long texts split here, empty
 * ones skipped), so each row is either delivered or not, never half.
 */
export async function queueMessages(
  db: Db,
  cipher: DataCipher,
  message: { userId: string; inboxId: number | null; texts: readonly string[]; by?: Author; createdAt: string },
): Promise<void> {
  const parts = message.texts.filter((text) => text.trim() !== '').flatMap((text) => splitMessageText(text));
  for (const [sequence, text] of parts.entries()) {
    const body = cipher.seal(JSON.stringify(message.by === 'official' ? { text, by: message.by } : { text }));
    await enqueueOutbox(db, { userId: message.userId, inboxId: message.inboxId, sequence, body, createdAt: message.createdAt });
  }
}

/** A row's message, or undefined when it was scrubbed (data deleted) or is unreadable. */
export function openOutboxMessage(cipher: DataCipher, body: string): { text: string; by: Author } | undefined {
  try {
    const message = JSON.parse(cipher.open(body)) as { text?: unknown; by?: unknown };
    return typeof message.text === 'string' ? { text: message.text, by: message.by === 'official' ? 'official' : 'bot' } : undefined;
  } catch {
    return undefined;
  }
}

/** The text of a sealed outbox row, or undefined when it was scrubbed (data deleted) or is unreadable. */
export function outboxText(cipher: DataCipher, body: string): string | undefined {
  return openOutboxMessage(cipher, body)?.text;
}
