/**
 * A handoff as the console shows it: what the resident was doing, how long they have waited
 * against the target, who holds it, the last messages both ways, and the internal notes. Reading
 * it opens sealed personal data, so the routes that call this record it in the audit log.
 */
import type { HandoffItem } from '../../shared/api/console-handoff-schemas';
import { HANDOFF_TARGET_MINUTES } from '../../shared/api/console-handoff-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { indexQuestions } from '../../shared/catalog/question-index';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { listHandoffNotes, recentInboxOf, recentOutboxOf, type HandoffInboxRow } from '../storage/handoff-inbox-store';
import { parseZaloEvent } from '../zalo/parse-zalo-event';
import { openOutboxMessage } from '../channel/outbox-message';

/** How many of the latest messages (both ways) each handoff shows. */
const LAST_MESSAGES = 8;

type Message = HandoffItem['lastMessages'][number];
type Sortable = Message & { anchor: number; rank: number; id: number };

/**
 * The resident's Zalo id is shown masked: staff act on the handoff id, and the full OA-scoped id
 * would only help copy a resident's identity out of the console. The last 4 digits let an official
 * match it with the OA chat when they need to.
 */
export const maskUserId = (userId: string): string => `…${userId.slice(-4)}`;

function openJson(services: Services, sealed: string): unknown {
  try {
    return JSON.parse(services.cipher.open(sealed));
  } catch {
    return undefined; // scrubbed after a data deletion, or unreadable: shown as nothing
  }
}

/** The resident's latest messages (texts and attachments) and what was sent to them, oldest first. */
async function lastMessagesOf(db: Db, services: Services, userId: string): Promise<Message[]> {
  const messages: Sortable[] = [];
  for (const row of await recentInboxOf(db, userId, LAST_MESSAGES * 2)) {
    const parsed = parseZaloEvent(openJson(services, row.payload));
    if (!parsed.ok) continue;
    const { event } = parsed;
    const text = event.kind === 'text' ? (event.text ?? '') : event.kind === 'attachment' ? `[${event.attachment ?? 'file'}]${event.text ? ` ${event.text}` : ''}` : undefined;
    if (text !== undefined) messages.push({ from: 'resident', text, at: row.received_at, anchor: row.id, rank: 0, id: row.id });
  }
  for (const row of await recentOutboxOf(db, userId, LAST_MESSAGES * 2)) {
    const body = openOutboxMessage(services.cipher, row.body);
    if (!body) continue;
    // A bot reply sits right after the message it answers, even when both carry the same instant.
    messages.push({ from: body.by, text: body.text, at: row.created_at, anchor: row.inbox_id ?? Number.MAX_SAFE_INTEGER, rank: 1, id: row.id });
  }
  messages.sort((a, b) => a.at.localeCompare(b.at) || a.anchor - b.anchor || a.rank - b.rank || a.id - b.id);
  return messages.slice(-LAST_MESSAGES).map(({ from, text, at }) => ({ from, text, at }));
}

function procedureOf(services: Services, procedureId: string | null, now: Date) {
  if (procedureId === null) return undefined;
  const { catalog } = services;
  return catalog.current(procedureId, vietnamClock(now.toISOString()).date) ?? catalog.all().find((p) => p.id === procedureId);
}

/** The question the resident was at, as they read it (an official cannot be expected to know question ids). */
function questionTextOf(procedure: ReturnType<typeof procedureOf>, questionId: string | null): string | null {
  if (!procedure || questionId === null) return null;
  return indexQuestions(procedure).find((entry) => entry.question.id === questionId)?.question.prompt.vi ?? null;
}

/** The console view of these handoffs, in the order given. */
export async function handoffViews(db: Db, services: Services, rows: readonly HandoffInboxRow[]): Promise<HandoffItem[]> {
  const now = services.clock();
  const notes = await listHandoffNotes(db, rows.map((row) => row.id));
  const items: HandoffItem[] = [];
  for (const row of rows) {
    const until = row.first_reply_at ?? row.resolved_at ?? now.toISOString();
    const waitingMinutes = Math.max(0, Math.floor((Date.parse(until) - Date.parse(row.opened_at)) / 60_000));
    const procedure = procedureOf(services, row.procedure_id, now);
    items.push({
      id: row.id,
      userIdMasked: maskUserId(row.user_id),
      procedureId: row.procedure_id,
      procedureName: procedure?.name.vi ?? null,
      questionId: row.question_id,
      questionText: questionTextOf(procedure, row.question_id),
      reason: row.reason,
      status: row.status,
      openedAt: row.opened_at,
      firstReplyAt: row.first_reply_at,
      resolvedAt: row.resolved_at,
      waitingMinutes,
      overdue: isOverdue(row, now),
      assignedTo: row.assigned_to === null ? null : { id: row.assigned_to, displayName: row.assignee_name ?? '' },
      lastMessages: await lastMessagesOf(db, services, row.user_id),
      notes: notes
        .filter((note) => note.handoff_id === row.id)
        .map((note) => ({ id: note.id, author: note.author_name, text: String(openJson(services, note.text) ?? ''), at: note.at })),
    });
  }
  return items;
}

/** Open, nobody has answered yet, and waiting longer than the target (counted in clock minutes). */
export function isOverdue(row: Pick<HandoffInboxRow, 'status' | 'first_reply_at' | 'opened_at'>, now: Date): boolean {
  return row.status === 'open' && row.first_reply_at === null && now.getTime() - Date.parse(row.opened_at) > HANDOFF_TARGET_MINUTES * 60_000;
}
