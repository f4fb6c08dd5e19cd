/**
 * Building blocks of a procedure file that are not questions: legal basis, rules, documents,
 * fees, processing time, filing. Each item that rests on unconfirmed source data carries
 * `unconfirmed: true` so every door can show "please check with the commune".
 */
import { z } from 'zod';
import { conditionSchema } from './condition-schema';
import { identifierSchema, questionSchema } from './question-schema';
import { localizedTextSchema } from './localized-text-schema';

const unconfirmed = z.boolean().optional();

export const legalBasisSchema = z
  .object({
    id: identifierSchema,
    document: z.string().min(1),
    articles: z.string().optional(),
    note: z.string().optional(),
    unconfirmed,
  })
  .strict();

/** A pointer from a rule, fee or document to an entry of `legalBasis`. */
const citationSchema = z
  .object({ ref: identifierSchema, article: z.string().optional() })
  .strict();

export const eligibilityRuleSchema = z
  .object({
    id: identifierSchema,
    when: conditionSchema,
    outcome: z.enum(['notEligible', 'otherProcedure', 'talkToOfficial']),
    reason: localizedTextSchema,
    cite: z.array(citationSchema).min(1, 'an eligibility rule must cite its legal basis'),
    /** For `otherProcedure`: the procedure id to use instead. */
    procedure: z.string().optional(),
    unconfirmed,
  })
  .strict();

export const documentSchema = z
  .object({
    id: identifierSchema,
    name: localizedTextSchema,
    when: conditionSchema.optional(),
    copies: z.number().int().min(1).default(1),
    form: z.enum(['original', 'copy', 'certifiedCopy', 'originalOrCopy', 'showOriginal', 'form', 'numberOnly']),
    note: localizedTextSchema.optional(),
    unconfirmed,
  })
  .strict();

const tierSchema = z.object({ upTo: z.number().int().min(1).optional(), perUnit: z.number().int().min(0) }).strict();

/** Fixed amount, per unit (copies, pages) or tiered per unit with a cap, all in VND. */
const feeAmountSchema = z.union([
  z.number().int().min(0),
  z.object({ perUnit: z.number().int().min(0), quantity: conditionSchema }).strict(),
  z
    .object({
      tiers: z.array(tierSchema).min(1),
      quantity: conditionSchema,
      /** Cap per multiple (e.g. 200.000 đ per certified document). */
      max: z.number().int().min(0).optional(),
      /** Multiplier applied after the cap (e.g. number of copies). */
      times: conditionSchema.optional(),
    })
    .strict(),
]);

export const feeItemSchema = z
  .object({
    id: identifierSchema,
    label: localizedTextSchema,
    when: conditionSchema.optional(),
    amount: feeAmountSchema.optional(),
    /** Reduced amount when filed online, where the law sets one. */
    onlineAmount: feeAmountSchema.optional(),
    /** The provincial People's Council sets the amount; show the note instead of a number. */
    setByProvince: z.boolean().optional(),
    note: localizedTextSchema.optional(),
    cite: z.array(citationSchema).optional(),
    unconfirmed,
  })
  .strict()
  .refine((item) => item.amount !== undefined || item.setByProvince === true, {
    message: 'a fee item needs an amount or setByProvince: true',
    path: ['amount'],
  });

export const feeExemptionSchema = z
  .object({
    id: identifierSchema,
    when: conditionSchema,
    reason: localizedTextSchema,
    cite: z.array(citationSchema).min(1),
  })
  .strict();

export const processingTimeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('workingDays'),
      days: z.number().int().min(1),
      /** Longer limit when the office must verify something. */
      daysIfVerification: z.number().int().min(1).optional(),
      note: localizedTextSchema.optional(),
      unconfirmed,
    })
    .strict(),
  z
    .object({
      kind: z.literal('sameDay'),
      /** Filings received after this local time are handled the next working day. */
      cutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the cut-off as HH:MM'),
      daysIfVerification: z.number().int().min(1).optional(),
      note: localizedTextSchema.optional(),
      unconfirmed,
    })
    .strict(),
]);

const consentSchema = z
  .object({
    policyVersion: z.string().min(1),
    text: localizedTextSchema,
    purposes: z.array(z.enum(['filing', 'handoff', 'analytics'])).min(1),
    dataCategories: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const filingSchema = z
  .object({
    consent: consentSchema,
    fields: z.array(questionSchema).min(1),
    review: z
      .array(z.object({ title: localizedTextSchema, fields: z.array(identifierSchema).min(1) }).strict())
      .min(1),
  })
  .strict();
