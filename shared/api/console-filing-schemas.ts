/**
 * HTTP contracts of the officials' filings work queue (`/api/console/filings…`): the list with
 * filters, one filing's page, and changing its status.
 *
 * Status rules (shared/filing/filing-status-rules.ts holds the table):
 * - received → processing | moreInfoNeeded; processing → moreInfoNeeded | approved | rejected;
 *   moreInfoNeeded → processing | rejected; approved → resultReady; rejected and resultReady are final.
 *   Anything else is 409 `FILING_TRANSITION_INVALID`.
 * - moreInfoNeeded and rejected need a `reason` (400 `FILING_REASON_REQUIRED`): it is sent to the
 *   resident and shown on their Mini App timeline, so write it to them, plainly.
 * - Two officials deciding the same filing at once: the first wins, the other gets 409
 *   `FILING_CHANGED` (or `FILING_TRANSITION_INVALID` when it already saw the winner's status) and
 *   should reload. `expectedStatus`, when sent and no longer true, also gives `FILING_CHANGED`.
 * - Overdue: not decided (approved, rejected, resultReady) and today, in Vietnam, is after the due
 *   date. `workingDaysLeft` counts working days from today to the due date (0 = due today,
 *   negative = overdue); null once decided.
 *
 * The resident is told of each change on Zalo only inside the free reply window (48 hours after
 * their last message to the OA; see bot-server/zalo/reply-window.ts): otherwise `notified: false`
 * with why, and the change shows only in the Mini App.
 */
import { z } from 'zod';
import { filingDetailResponseSchema, filingParamsSchema } from './mini-app-api-schemas';

/** A longer reason is refused; it is one Zalo message with the rest of the notice. */
const MAX_REASON = 1000;

// The resident's filing page, reused so the console shows exactly what the resident saw.
const residentFiling = filingDetailResponseSchema.shape.filing.shape;
const filingStatusSchema = residentFiling.status;

const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày theo dạng YYYY-MM-DD')
  // A day that exists: 2026-02-31 is refused rather than read as 3 March.
  .refine((value) => {
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  }, 'ngày không có thật')
  .meta({ description: 'ISO date (YYYY-MM-DD), Vietnam time', example: '2026-03-05' });

export const consoleFilingParamsSchema = filingParamsSchema;

export const filingQueueQuerySchema = z.object({
  status: z
    .union([filingStatusSchema, z.array(filingStatusSchema).min(1)])
    .optional()
    .meta({ description: 'Only these statuses; repeat the parameter for several (status=received&status=processing)' }),
  procedureId: z.string().regex(/^[a-z][a-z0-9-]*$/).max(100).optional(),
  dueFrom: isoDate.optional().meta({ description: 'Due on or after this date' }),
  dueTo: isoDate.optional().meta({ description: 'Due on or before this date' }),
  overdue: z.stringbool().optional().meta({ description: 'true: only overdue filings; false: only those not overdue' }),
  receivedFrom: isoDate.optional().meta({ description: 'Received on or after this day (Vietnam time)' }),
  receivedTo: isoDate.optional().meta({ description: 'Received on or before this day (Vietnam time)' }),
  q: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z -]{1,20}$/, 'mã hồ sơ gồm chữ, số và dấu gạch ngang')
    .optional()
    .meta({ description: 'Part of the reference, any case, with or without dashes', example: 'abcd-ef' }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional().meta({ description: 'nextCursor of the previous page' }),
});
export type FilingQueueQuery = z.infer<typeof filingQueueQuerySchema>;

const filingQueueItemSchema = z.object({
  reference: z.string(),
  procedureId: z.string(),
  procedureName: residentFiling.procedureName,
  status: filingStatusSchema,
  channel: z.enum(['chat', 'miniApp', 'volunteer']),
  receivedAt: isoInstant,
  dueDate: residentFiling.dueDate,
  updatedAt: isoInstant,
  overdue: z.boolean().meta({ description: 'Not decided, and today (Vietnam) is after the due date' }),
  workingDaysLeft: z.number().int().nullable().meta({ description: 'Working days from today to the due date (negative: overdue); null once decided' }),
  userIdMasked: z.string().meta({ description: "The resident's Zalo id with all but the last 4 digits hidden", example: '…0007' }),
});
export type FilingQueueItem = z.infer<typeof filingQueueItemSchema>;

/** Overdue first, then by due date (soonest first), then by reference. */
export const filingQueueResponseSchema = z.object({
  today: isoDate.meta({ description: 'The day (Vietnam time) overdue and workingDaysLeft were counted from' }),
  total: z.number().int().meta({ description: 'How many filings match the filters, on every page' }),
  items: z.array(filingQueueItemSchema),
  nextCursor: z.string().nullable(),
});
export type FilingQueueResponse = z.infer<typeof filingQueueResponseSchema>;

/** One filing: the list's fields, the resident's answers as their review page showed them, and its history. */
export const filingPageResponseSchema = z.object({
  filing: filingQueueItemSchema.extend({ documents: residentFiling.documents, fee: residentFiling.fee, review: residentFiling.review }),
  /** Oldest first, with the reasons officials gave; `next` is what the resident was told to do. */
  timeline: filingDetailResponseSchema.shape.timeline,
  rating: filingDetailResponseSchema.shape.rating,
  allowedNextStatuses: z.array(filingStatusSchema),
});
export type FilingPageResponse = z.infer<typeof filingPageResponseSchema>;

export const filingStatusChangeRequestSchema = z.object({
  status: filingStatusSchema,
  reason: z
    .string()
    .trim()
    .max(MAX_REASON)
    .optional()
    .meta({ description: 'Required for moreInfoNeeded and rejected; sent to the resident and shown on their timeline' }),
  expectedStatus: filingStatusSchema.optional().meta({ description: 'The status the official saw; 409 FILING_CHANGED when it changed meanwhile' }),
});
export type FilingStatusChangeRequest = z.infer<typeof filingStatusChangeRequestSchema>;

/** Why the resident was not told on Zalo: past the free reply window, or they never wrote to the OA (Mini App only). */
const NOT_NOTIFIED_REASONS = ['outsideReplyWindow', 'noZaloChat'] as const;
export type NotNotifiedReason = (typeof NOT_NOTIFIED_REASONS)[number];

export const filingStatusChangeResponseSchema = z.union([
  z.object({ item: filingQueueItemSchema, notified: z.literal(true) }),
  z.object({ item: filingQueueItemSchema, notified: z.literal(false), reason: z.enum(NOT_NOTIFIED_REASONS) }),
]);
export type FilingStatusChangeResponse = z.infer<typeof filingStatusChangeResponseSchema>;
