/**
 * HTTP contracts of volunteer-assisted filing (cầm tay chỉ việc, `/api/console/assisted-filings`):
 * a volunteer (or an official) enters a procedure's answers for a resident; the resident gets ONE
 * Zalo message summarising them and must reply 1 to confirm before anything is filed.
 *
 * - The answers are replayed through the engine from the start: a refused answer is 400
 *   `ANSWER_INVALID` naming the question and saying why (the validator's words); a required one
 *   left out 400 `ANSWER_MISSING`; answers to questions this case never asks 400 `ANSWER_NOT_ASKED`;
 *   a case the rules do not allow to file 422 `NOT_ELIGIBLE`.
 * - The OA cannot write first: a resident who has not messaged the OA within the free reply window
 *   (48 hours), or is unknown (no such Zalo id, or no phone shared with this OA), is 409
 *   `RESIDENT_NOT_REACHABLE` and nothing is sent. Also 409: `RESIDENT_WITH_OFFICIAL` (an official
 *   is talking with them) and `ASSISTED_FILING_WAITING` (another prepared filing awaits their answer).
 * - `requestId` makes the request safe to retry: the same id from the same account answers the
 *   filing already prepared (200) and sends nothing again, even while the first is still being
 *   handled; sent again for another resident or procedure it is 409 `REQUEST_ID_REUSED`.
 */
import { z } from 'zod';
import type { AnswerValue } from '../engine/engine-types';

/** How long the resident has to confirm. */
export const ASSISTED_FILING_HOURS = 48;

const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });

const addressValueSchema = z.object({ provinceCode: z.string().max(20), communeCode: z.string().max(20), detail: z.string().max(500), label: z.string().max(1000) });
const answerValueSchema: z.ZodType<AnswerValue> = z.union([
  z.string().max(2000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(50),
  addressValueSchema,
  z.null(),
]);

const residentSchema = z.union([
  z.object({ zaloId: z.string().trim().regex(/^[0-9A-Za-z_-]{1,64}$/).meta({ description: "The resident's OA-scoped Zalo id (the chat's user id)" }) }).strict(),
  z.object({ phone: z.string().trim().min(8).max(20).meta({ description: 'A phone number the resident gave this OA (Mini App or a filing)', example: '0912 345 678' }) }).strict(),
]);

export const prepareAssistedFilingRequestSchema = z.object({
  resident: residentSchema,
  procedureId: z.string().regex(/^[a-z][a-z0-9-]*$/).max(100),
  answers: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/).max(100), answerValueSchema)
    .meta({ description: 'Question id → answer, as typed ("01/03/2026", "0912 345 678") or canonical ("2026-03-01", true)' }),
  requestId: z.string().trim().min(8).max(100).meta({ description: 'Made by the console per "send to resident" action (a UUID); a retry sends the same' }),
});
export type PrepareAssistedFilingRequest = z.infer<typeof prepareAssistedFilingRequestSchema>;

const assistedFilingStatusSchema = z.enum(['pending', 'confirmed', 'cancelled', 'expired']);

const assistedFilingSchema = z.object({
  id: z.number().int(),
  status: assistedFilingStatusSchema.meta({ description: 'pending: waiting for the resident; confirmed: filed; cancelled; expired: no answer in time' }),
  cancelReason: z
    .enum(['declined', 'unanswered', 'outdated'])
    .nullable()
    .meta({ description: 'declined: the resident said no; unanswered: they wrote about something else instead; outdated: they said yes, but the rules had changed and no longer accept the answers (prepare it again)' }),
  procedureId: z.string(),
  procedureName: z.string(),
  userIdMasked: z.string().meta({ description: "The resident's Zalo id with all but the last 4 digits hidden", example: '…0007' }),
  assistedBy: z.object({ id: z.number().int(), displayName: z.string() }),
  questionIds: z.array(z.string()).meta({ description: 'Which questions were entered (never the answers)' }),
  createdAt: isoInstant,
  expiresAt: isoInstant,
  decidedAt: isoInstant.nullable(),
  filingReference: z.string().nullable().meta({ description: 'Set once the resident confirmed' }),
});
export type AssistedFilingItem = z.infer<typeof assistedFilingSchema>;

export const assistedFilingResponseSchema = z.object({ item: assistedFilingSchema });
export type AssistedFilingResponse = z.infer<typeof assistedFilingResponseSchema>;

export const assistedFilingListQuerySchema = z.object({ status: assistedFilingStatusSchema.optional() });

export const assistedFilingListResponseSchema = z.object({ items: z.array(assistedFilingSchema) });
export type AssistedFilingListResponse = z.infer<typeof assistedFilingListResponseSchema>;
