/**
 * HTTP contracts of the officials' handoff inbox (`/api/console/handoffs…`, `/api/console/canned-replies`).
 * Text a resident typed is returned as plain JSON strings: the console must render it as text,
 * never as HTML.
 */
import { z } from 'zod';
import { databaseIdSchema, databaseIdParamSchema } from './database-id';

/** A handoff nobody has answered for longer than this is overdue: highlighted, and anyone may take it over. */
export const HANDOFF_TARGET_MINUTES = 15;

/** A reply or note longer than this is refused (a reply is split into Zalo-sized messages anyway). */
const MAX_TEXT = 2000;

const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });

export const handoffListQuerySchema = z.object({ status: z.enum(['open', 'resolved']).default('open') });

export const handoffParamsSchema = z.object({ id: databaseIdParamSchema });

const messageSchema = z.object({
  from: z.enum(['resident', 'bot', 'official']),
  text: z.string().meta({ description: 'Plain text as typed or sent; show it as text, never as HTML' }),
  at: isoInstant,
});

const noteSchema = z.object({ id: z.number().int(), author: z.string(), text: z.string(), at: isoInstant });

const handoffItemSchema = z.object({
  id: z.number().int(),
  userIdMasked: z.string().meta({ description: "The resident's Zalo id with all but the last 4 digits hidden", example: '…0007' }),
  procedureId: z.string().nullable(),
  procedureName: z.string().nullable(),
  questionId: z.string().nullable(),
  questionText: z.string().nullable().meta({ description: 'The question the resident was at, in Vietnamese, as they read it' }),
  reason: z.enum(['requested', 'rule', 'notUnderstood', 'officialTookOver']),
  status: z.enum(['open', 'resolved']),
  openedAt: isoInstant,
  firstReplyAt: isoInstant.nullable(),
  resolvedAt: isoInstant.nullable(),
  waitingMinutes: z.number().int().meta({ description: 'Minutes from opening until the first reply (or until now, or until resolved)' }),
  overdue: z.boolean().meta({ description: `Open, unanswered and waiting more than ${HANDOFF_TARGET_MINUTES} minutes` }),
  assignedTo: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  lastMessages: z.array(messageSchema),
  notes: z.array(noteSchema),
});
export const handoffListResponseSchema = z.object({ targetMinutes: z.number().int(), items: z.array(handoffItemSchema) });
export type HandoffListResponse = z.infer<typeof handoffListResponseSchema>;
export type HandoffItem = z.infer<typeof handoffItemSchema>;

export const assignHandoffRequestSchema = z.object({ userId: databaseIdSchema });
export const handoffTextRequestSchema = z.object({ text: z.string().trim().min(1).max(MAX_TEXT) });

/** What a state-changing handoff route answers: the handoff as the list shows it. */
export const handoffResponseSchema = z.object({ item: handoffItemSchema });

export const cannedRepliesResponseSchema = z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })) });
