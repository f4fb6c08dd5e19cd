/** Rows the storage tests share. */
import type { FilingRow } from '../../../bot-server/storage/filing-store';
import { at } from './database-targets';

export function filing(reference: string, userId: string, receivedAt = at(0)): FilingRow {
  return {
    reference,
    user_id: userId,
    procedure_id: 'khai-sinh',
    procedure_version: 3,
    answers: 'sealed:answers',
    status: 'received',
    channel: 'chat',
    received_at: receivedAt,
    due_date: '2025-07-04',
    updated_at: receivedAt,
  };
}
