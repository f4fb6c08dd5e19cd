/**
 * Many filings at once for the queue's paging and overdue marks, stored as the chat stores a filing
 * (sealed answers, due date from the procedure's processing time), received `daysAgo` days ago.
 * Typing each through the chat would cost a minute of test time for nothing the queue can tell apart.
 */
import { randomInt } from 'node:crypto';
import type { ConsoleHarness } from './console-harness';
import { insertFiling } from '../../../bot-server/storage/filing-store';
import { assessProcessingTime } from '../../../shared/engine/processing-time';
import { generateReferenceCode } from '../../../shared/filing/reference-code';

export async function storeFilings(harness: ConsoleHarness, options: { count: number; daysAgo: number; procedureId: string; residentPrefix: string }): Promise<void> {
  const { db, cipher, catalog, holidays } = harness.server.app.services;
  const receivedAt = new Date(Date.now() - options.daysAgo * 86_400_000).toISOString();
  const procedure = catalog.current(options.procedureId, receivedAt.slice(0, 10));
  if (!procedure) throw new Error(`no procedure ${options.procedureId} in force on ${receivedAt}`);
  const dueDate = assessProcessingTime(procedure.processingTime, receivedAt, holidays).dueDate;
  for (let index = 0; index < options.count; index += 1) {
    await insertFiling(db, {
      reference: generateReferenceCode(randomInt),
      user_id: `${options.residentPrefix}${String(index).padStart(4, '0')}`,
      procedure_id: procedure.id,
      procedure_version: procedure.version,
      answers: cipher.seal(JSON.stringify({})),
      status: 'received',
      channel: 'miniApp',
      received_at: receivedAt,
      due_date: dueDate,
      updated_at: receivedAt,
    });
  }
}
