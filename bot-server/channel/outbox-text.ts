import type { DataCipher } from '../security/data-cipher';

/** The text of a sealed outbox row, or undefined when it was scrubbed (data deleted) or is unreadable. */
export function outboxText(cipher: DataCipher, body: string): string | undefined {
  try {
    return (JSON.parse(cipher.open(body)) as { text?: string }).text;
  } catch {
    return undefined;
  }
}
