/**
 * HTTP contracts of the resident API the Mini App calls (`/api/me/…`, procedure definitions),
 * shared by bot-server (validation + OpenAPI) and the Mini App (`import type` only). Engine types
 * are reused as they are: a schema annotated `z.ZodType<Session>` is checked against the engine's
 * type at compile time, so the two cannot drift.
 *
 * Resident-scoped routes need the header `X-Zalo-Access-Token: <zmp-sdk getAccessToken()>`;
 * errors are `{ error: { code, message (Vietnamese, says what to do), messageEn } }`
 * (`apiErrorSchema` in procedure-api-schemas.ts).
 */
import { z } from 'zod';
import { databaseIdParamSchema } from './database-id';
import type { AnswerValue, EngineEvent, EngineOutput, Session } from '../engine/engine-types';
import type { DocumentView, FeeAssessment } from '../engine/assessment-types';
import type { Procedure } from '../schema/procedure-schema';
import type { LocalizedText } from '../schema/localized-text-schema';

/** The header that carries the Zalo user access token. */
export const ACCESS_TOKEN_HEADER = 'x-zalo-access-token';

/** Headers of every resident-scoped route (documented in OpenAPI; checked by the server's sign-in hook). */
export const residentHeadersSchema = z.object({
  [ACCESS_TOKEN_HEADER]: z.string().meta({ description: 'Zalo user access token from zmp-sdk getAccessToken()' }),
});

const text: z.ZodType<LocalizedText> = z.object({ vi: z.string(), en: z.string().optional() });
const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });
const isoDate = z.string().meta({ description: 'ISO date', example: '2026-03-05' });

// ── Engine types ─────────────────────────────────────────────────────────────────────────────

const addressValueSchema = z.object({ provinceCode: z.string(), communeCode: z.string(), detail: z.string(), label: z.string() });
const answerValueSchema: z.ZodType<AnswerValue> = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), addressValueSchema, z.null()]);

const sessionStageSchema = z.enum(['questions', 'result', 'consent', 'filing', 'review', 'submitted', 'cancelled', 'info']);
const eligibilityResultSchema = z.enum(['eligible', 'notEligible', 'otherProcedure', 'talkToOfficial']);

/** The engine's session snapshot (shared/engine/engine-types.ts), pinned to a procedure version. */
const sessionSchema: z.ZodType<Session> = z.object({
  procedureId: z.string(),
  procedureVersion: z.number().int(),
  stage: sessionStageSchema,
  current: z.string().nullable(),
  answers: z.record(z.string(), answerValueSchema),
  focus: z.string().nullable(),
  filingStarted: z.boolean(),
  consent: z.object({ policyVersion: z.string(), at: z.string() }).nullable(),
  outcome: z.object({ result: eligibilityResultSchema, ruleId: z.string().optional() }).nullable(),
  closed: z.enum(['submitted', 'cancelled']).nullable(),
  reference: z.string().nullable(),
  submittedAt: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
});

const questionIdSchema = z.string().min(1).max(100);

/** The events a resident can send; re-validated by the server before the engine sees them. */
const engineEventSchema: z.ZodType<EngineEvent> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('resume') }),
  z.object({
    type: z.literal('answer'),
    // Raw input (typed text, an option value, a list of values, an address object); the engine parses it.
    value: z.union([z.string().max(2000), z.number(), z.boolean(), z.array(z.string().max(200)).max(50), addressValueSchema, z.null()]),
    questionId: questionIdSchema.optional(),
  }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('edit'), questionId: questionIdSchema }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('startFiling') }),
  z.object({ type: z.literal('consent'), accepted: z.boolean() }),
  z.object({ type: z.literal('confirm') }),
  z.object({ type: z.literal('handoff') }),
]);

/** One channel-neutral engine output (question, eligibility, requirements, consent, review, receipt, notice…). */
const engineOutputSchema = z
  .custom<EngineOutput>((value) => typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string')
  .meta({ description: 'An EngineOutput (shared/engine/engine-types.ts), discriminated by `kind`' });

const documentViewSchema: z.ZodType<DocumentView> = z.object({
  id: z.string(),
  name: text,
  copies: z.number(),
  form: z.enum(['original', 'copy', 'certifiedCopy', 'originalOrCopy', 'showOriginal', 'form', 'numberOnly']),
  note: text.optional(),
  unconfirmed: z.boolean(),
});

const feeAssessmentSchema = z
  .custom<FeeAssessment>((value) => typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items))
  .meta({ description: 'A FeeAssessment (shared/engine/assessment-types.ts): fee lines, totals in VND, exemption' });

// ── Public ───────────────────────────────────────────────────────────────────────────────────

/** `GET /api/procedures/:id/definition`: the parsed procedure version in force, for running `step` in the app. */
export const procedureDefinitionResponseSchema = z.object({
  procedure: z
    .custom<Procedure>((value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string')
    .meta({ description: 'A parsed procedure (shared/procedures/procedure.schema.json), defaults filled in' }),
});

// ── The resident ─────────────────────────────────────────────────────────────────────────────

/** `GET /api/me`. */
export const meResponseSchema = z.object({
  resident: z.object({
    name: z.string(),
    /** True once the resident has also written to the OA: chat and Mini App share drafts and filings. */
    linkedToChat: z.boolean(),
  }),
  /** An official has been asked to answer and has not closed the request yet. */
  openHandoff: z.boolean(),
});

// ── Drafts (unfinished sessions, shared with the chat) ───────────────────────────────────────

export const draftParamsSchema = z.object({ procedureId: z.string().regex(/^[a-z][a-z0-9-]*$/).max(100) });

const draftSummarySchema = z.object({
  procedureId: z.string(),
  procedureVersion: z.number().int(),
  procedureName: text,
  stage: sessionStageSchema,
  /** Which question of its stage is being asked, when one is. */
  position: z.object({ index: z.number().int(), total: z.number().int() }).optional(),
  updatedAt: isoInstant,
});

/** `GET /api/me/drafts`: at most one per procedure, most recently changed first. */
export const draftListResponseSchema = z.object({ items: z.array(draftSummarySchema) });

/** `GET /api/me/drafts/:procedureId` and `POST …/events`: the session and the screen to show. */
export const draftResponseSchema = z.object({ session: sessionSchema, outputs: z.array(engineOutputSchema) });

/**
 * `POST /api/me/drafts/:procedureId/events`. `eventId` is made by the app (a UUID) per user
 * action: posting the same one again returns the first answer and changes nothing.
 * `baseUpdatedAt` is the `session.updatedAt` the app last saw (null when it has no session);
 * when the stored session has moved on (answered in the chat meanwhile) the answer is 409
 * DRAFT_CHANGED with the current draft. `start` with a session stored starts it over.
 * Send `questionId` with every answer: it pins the answer to the question on screen.
 */
export const draftEventRequestSchema = z.object({
  event: engineEventSchema,
  eventId: z.uuid(),
  baseUpdatedAt: z.string().max(40).nullable(),
});

/** The 409 DRAFT_CHANGED body: the error plus the draft as it stands now (null if it is gone). */
export const draftChangedResponseSchema = z.object({
  error: z.object({ code: z.literal('DRAFT_CHANGED'), message: z.string(), messageEn: z.string().optional() }),
  current: draftResponseSchema.nullable(),
});

// ── Filings (hồ sơ) ──────────────────────────────────────────────────────────────────────────

const filingStatusSchema = z.enum(['received', 'processing', 'moreInfoNeeded', 'approved', 'rejected', 'resultReady']);

/** A filing's reference code as printed on the receipt. */
export const filingReferenceSchema = z.string().regex(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$/, 'Mã hồ sơ gồm 9 ký tự dạng ABCD-EFGH-K (chữ in hoa và số). Hãy kiểm tra lại mã trên biên nhận.');
export const filingParamsSchema = z.object({ reference: filingReferenceSchema });

const filingSummarySchema = z.object({
  reference: z.string(),
  procedureId: z.string(),
  procedureName: text,
  status: filingStatusSchema,
  receivedAt: isoInstant,
  dueDate: isoDate,
  updatedAt: isoInstant,
});

/** `GET /api/me/filings`: newest first. */
export const filingListResponseSchema = z.object({ items: z.array(filingSummarySchema) });

const reviewGroupSchema = z.object({
  title: text,
  items: z.array(z.object({ questionId: z.string(), label: text, display: text })),
});

/** `GET /api/me/filings/:reference`. */
export const filingDetailResponseSchema = z.object({
  filing: filingSummarySchema.omit({ updatedAt: true }).extend({
    /** Papers to bring and the fee, judged at the moment it was received (what the receipt said). */
    documents: z.array(documentViewSchema),
    fee: feeAssessmentSchema,
    /** The resident's answers as on the "check your answers" page. */
    review: z.array(reviewGroupSchema),
  }),
  /** Oldest first; `next` says what the resident should do at that step. */
  timeline: z.array(z.object({ status: filingStatusSchema, at: isoInstant, note: z.string().nullable(), next: text })),
  rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
});

/** `POST /api/me/filings/:reference/rating` → 204; only once there is a result, and once. */
export const filingRatingRequestSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500, 'nhận xét tối đa 500 ký tự').optional(),
});

// ── Consents, phone, handoff ─────────────────────────────────────────────────────────────────

/** `GET /api/me/consents`: oldest first, withdrawn ones included. */
export const consentListResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      policyVersion: z.string(),
      purposes: z.array(z.string()),
      dataCategories: z.array(z.string()),
      procedureId: z.string().nullable(),
      givenAt: isoInstant,
      withdrawnAt: isoInstant.nullable(),
    }),
  ),
});

export const consentParamsSchema = z.object({ id: databaseIdParamSchema });

/** `POST /api/me/phone`: the single-use token from zmp-sdk `getPhoneNumber()`. */
export const phoneRequestSchema = z.object({ phoneToken: z.string().min(1).max(2000) });
/** The number in national format, e.g. 0912345678. */
export const phoneResponseSchema = z.object({ phone: z.string() });

/** `POST /api/me/handoff` → 204: the resident asks for an official about this procedure and question. */
export const handoffRequestSchema = z.object({
  procedureId: z.string().max(100).nullable(),
  questionId: z.string().max(100).nullable(),
});

/** The Official Account to open with zmp-sdk `openChat` (the server knows it; the app need not be built per OA). */
export const handoffResponseSchema = z.object({ oaId: z.string() });

export type ProcedureDefinitionResponse = z.infer<typeof procedureDefinitionResponseSchema>;
export type MeResponse = z.infer<typeof meResponseSchema>;
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export type DraftListResponse = z.infer<typeof draftListResponseSchema>;
export type DraftResponse = z.infer<typeof draftResponseSchema>;
export type DraftEventRequest = z.infer<typeof draftEventRequestSchema>;
export type DraftChangedResponse = z.infer<typeof draftChangedResponseSchema>;
export type FilingStatus = z.infer<typeof filingStatusSchema>;
export type FilingSummary = z.infer<typeof filingSummarySchema>;
export type FilingListResponse = z.infer<typeof filingListResponseSchema>;
export type FilingDetailResponse = z.infer<typeof filingDetailResponseSchema>;
export type FilingRatingRequest = z.infer<typeof filingRatingRequestSchema>;
export type ConsentListResponse = z.infer<typeof consentListResponseSchema>;
export type PhoneRequest = z.infer<typeof phoneRequestSchema>;
export type PhoneResponse = z.infer<typeof phoneResponseSchema>;
export type HandoffRequest = z.infer<typeof handoffRequestSchema>;
export type HandoffResponse = z.infer<typeof handoffResponseSchema>;
/** Error codes of this API, for the app's switch statements. */
export type MiniAppErrorCode =
  | 'NOT_SIGNED_IN'
  | 'ZALO_UNAVAILABLE'
  | 'PROCEDURE_NOT_FOUND'
  | 'DRAFT_NOT_FOUND'
  | 'DRAFT_CHANGED'
  | 'PROCEDURE_UPDATED'
  | 'NO_ONLINE_QUESTIONS'
  | 'EVENT_ID_REUSED'
  | 'FILING_NOT_FOUND'
  | 'NO_RESULT_YET'
  | 'ALREADY_RATED'
  | 'CONSENT_NOT_FOUND'
  | 'PHONE_TOKEN_INVALID'
  | 'INVALID_REQUEST'
  | 'RATE_LIMITED';
