/**
 * The work queue's page cursor: where the last filing of a page sat in the queue's order, opaque
 * to the console. Keyset rather than offset, so a filing decided while an official pages through
 * does not make the next page skip or repeat one.
 */
import type { QueuePosition } from '../storage/filing-queue-store';
import { consoleErrors } from './console-errors';

export function encodeQueueCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify([position.rank, position.dueDate, position.reference])).toString('base64url');
}

/** The position a cursor names; 400 CURSOR_INVALID for anything this server did not hand out. */
export function decodeQueueCursor(cursor: string): QueuePosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw consoleErrors.cursorInvalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw consoleErrors.cursorInvalid();
  const [rank, dueDate, reference] = parsed as unknown[];
  if ((rank !== 0 && rank !== 1) || typeof dueDate !== 'string' || typeof reference !== 'string') throw consoleErrors.cursorInvalid();
  return { rank, dueDate, reference };
}
