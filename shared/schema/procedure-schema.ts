import { z } from 'zod';
import { questionSchema } from './question-schema';
import { localizedTextSchema } from './localized-text-schema';
import {
  documentSchema,
  eligibilityRuleSchema,
  feeExemptionSchema,
  feeItemSchema,
  filingSchema,
  legalBasisSchema,
  processingTimeSchema,
} from './procedure-parts-schema';

const isoDateSchema = z.iso.date('write dates as YYYY-MM-DD');

/**
 * One administrative procedure (thủ tục hành chính), as a content editor writes it in YAML.
 * `kind: info` procedures have no questions and exist so a province can load its whole list.
 */
export const procedureSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-kebab-case'),
    kind: z.enum(['flow', 'info']),
    /** National procedure code (mã TTHC), null when none is known. */
    code: z.string().regex(/^\d\.\d{6}$/, 'a procedure code looks like 1.001193').nullable(),
    codeStatus: z.enum(['confirmed', 'unconfirmed', 'unknown']),
    version: z.number().int().min(1),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    status: z.enum(['draft', 'published']),
    name: localizedTextSchema,
    summary: localizedTextSchema,
    /** Other names and colloquial phrasings residents type, with or without diacritics. */
    aliases: z.array(z.string().min(1)).default([]),
    keywords: z.array(z.string().min(1)).default([]),
    category: z.enum(['civilStatus', 'residence', 'business', 'certification', 'healthInsurance', 'linked', 'other']),
    agency: z
      .object({ name: localizedTextSchema, level: z.enum(['commune', 'province']), unconfirmed: z.boolean().optional() })
      .strict(),
    legalBasis: z.array(legalBasisSchema).min(1),
    onlineLevel: z
      .object({
        level: z.enum(['full', 'partial', 'inPerson']),
        note: localizedTextSchema.optional(),
        unconfirmed: z.boolean().optional(),
      })
      .strict(),
    /**
     * Set when the resident must come to the office in person (sign the civil-status register, show
     * an original): the doors then offer an appointment (lịch hẹn). `reason` says why they must come.
     */
    inPersonVisit: z.object({ reason: localizedTextSchema, unconfirmed: z.boolean().optional() }).strict().optional(),
    processingTime: processingTimeSchema,
    result: localizedTextSchema,
    questions: z.array(questionSchema).default([]),
    eligibility: z.array(eligibilityRuleSchema).default([]),
    documents: z.array(documentSchema).min(1),
    fees: z
      .object({
        items: z.array(feeItemSchema).default([]),
        exemptions: z.array(feeExemptionSchema).default([]),
        note: localizedTextSchema.optional(),
      })
      .strict(),
    filing: filingSchema.optional(),
    /** Why some data is marked unconfirmed, shown to editors and, briefly, to residents. */
    confidenceNote: localizedTextSchema.optional(),
    sources: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((procedure, ctx) => {
    if (procedure.kind === 'info' && procedure.questions.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'an info-only procedure has no questions' });
    }
    if (procedure.kind === 'info' && procedure.filing) {
      ctx.addIssue({ code: 'custom', path: ['filing'], message: 'an info-only procedure cannot be filed' });
    }
    if (procedure.kind === 'flow' && procedure.questions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'a flow procedure needs at least one question' });
    }
    if (procedure.effectiveTo && procedure.effectiveTo <= procedure.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'effectiveTo must be after effectiveFrom' });
    }
  });

/** A parsed procedure, defaults filled in. */
export type Procedure = z.infer<typeof procedureSchema>;
