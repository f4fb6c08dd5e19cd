/**
 * HTTP contracts for the procedure endpoints, shared by bot-server (validation + OpenAPI) and the
 * Mini App (parsing responses). The engine's own types are checked against these at compile time.
 */
import { z } from 'zod';

const text = z.object({ vi: z.string(), en: z.string().optional() });

const procedureSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  code: z.string().nullable(),
  codeStatus: z.enum(['confirmed', 'unconfirmed', 'unknown']),
  kind: z.enum(['flow', 'info']),
  name: text,
  summary: text,
  category: z.string(),
  agencyLevel: z.enum(['commune', 'province']),
  onlineLevel: z.enum(['full', 'partial', 'inPerson']),
  filingAvailable: z.boolean(),
});

export const procedureListQuerySchema = z.object({
  q: z.string().trim().max(200, 'câu tìm kiếm tối đa 200 ký tự').optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const procedureListResponseSchema = z.object({ items: z.array(procedureSummarySchema) });

/** A fee line as written: a fixed amount, an amount per unit (copy, page, person), or set by the province. */
const feeLineSchema = z.object({
  id: z.string(),
  label: text,
  amount: z.number().nullable(),
  onlineAmount: z.number().nullable(),
  perUnit: z.number().nullable(),
  onlinePerUnit: z.number().nullable(),
  setByProvince: z.boolean(),
  conditional: z.boolean(),
  note: text.optional(),
  unconfirmed: z.boolean(),
});

export const procedureDetailResponseSchema = z.object({
  procedure: procedureSummarySchema.extend({
    agency: z.object({ name: text, level: z.enum(['commune', 'province']), unconfirmed: z.boolean().optional() }),
    onlineLevelNote: text.optional(),
    /** Set when the resident must come in person: the app then offers an appointment (lịch hẹn). */
    inPersonVisit: z.object({ reason: text, unconfirmed: z.boolean() }).optional(),
    result: text,
    legalBasis: z.array(z.object({ id: z.string(), document: z.string(), articles: z.string().optional(), unconfirmed: z.boolean().optional() })),
    processingTime: z.object({ kind: z.enum(['workingDays', 'sameDay']), days: z.number(), cutoff: z.string(), dueDateIfFiledNow: z.string(), note: text.optional(), unconfirmed: z.boolean() }),
    fees: z.array(feeLineSchema),
    feeExemptions: z.array(z.object({ id: z.string(), reason: text })),
    feeNote: text.optional(),
    documents: z.array(z.object({ id: z.string(), name: text, form: z.string(), copies: z.number(), note: text.optional(), conditional: z.boolean(), unconfirmed: z.boolean() })),
    questionCount: z.number().int(),
    confidenceNote: text.optional(),
    hasUnconfirmed: z.boolean(),
  }),
});

export const procedureIdParamsSchema = z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/).max(100) });

export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), messageEn: z.string().optional() }),
});

export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
export type ProcedureDetailResponse = z.infer<typeof procedureDetailResponseSchema>;
