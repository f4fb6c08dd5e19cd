import { z } from 'zod';
import { conditionSchema } from './condition-schema';
import { localizedTextSchema } from './localized-text-schema';

const QUESTION_TYPES = [
  'yesNo',
  'singleChoice',
  'multipleChoice',
  'text',
  'number',
  'date',
  'citizenId',
  'phone',
  'email',
  'address',
  'file',
] as const;

export const identifierSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case letters, digits and _ (start with a letter)');

const optionSchema = z
  .object({
    value: identifierSchema,
    label: localizedTextSchema,
    /** Extra words residents use for this option, matched without diacritics. */
    keywords: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** Extra checks beyond the question type. */
const validationSchema = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).optional(),
    /** Dates: reject dates after today. */
    notFuture: z.boolean().optional(),
    /** Dates: reject dates before today. */
    notPast: z.boolean().optional(),
    /** Text: a specialised format checked by a shared validator. */
    format: z.enum(['taxCode', 'householdBusinessName', 'personName']).optional(),
    /** Citizen ID: cross-check the birth year/century with this date question. */
    birthDateQuestion: identifierSchema.optional(),
    /** Citizen ID: cross-check the sex digit with this single-choice question (options male/female). */
    sexQuestion: identifierSchema.optional(),
  })
  .strict();

export const questionSchema = z
  .object({
    id: identifierSchema,
    type: z.enum(QUESTION_TYPES),
    prompt: localizedTextSchema,
    hint: localizedTextSchema.optional(),
    options: z.array(optionSchema).min(2).optional(),
    required: z.boolean().default(true),
    validation: validationSchema.optional(),
    /** Ask only when this condition holds; hidden questions are skipped and their answers dropped. */
    visibleWhen: conditionSchema.optional(),
    /** Personal data (dữ liệu cá nhân): only collected after consent, never logged. */
    personal: z.boolean().default(false),
    /** The Mini App may offer to fill this from the resident's own Zalo profile (on their tap). */
    prefill: z.enum(['zaloName']).optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    const isChoice = question.type === 'singleChoice' || question.type === 'multipleChoice';
    if (isChoice && !question.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${question.type} question needs options` });
    }
    if (!isChoice && question.options) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${question.type} question takes no options` });
    }
    const values = question.options?.map((option) => option.value) ?? [];
    const duplicate = values.find((value, index) => values.indexOf(value) !== index);
    if (duplicate) ctx.addIssue({ code: 'custom', path: ['options'], message: `duplicate option value "${duplicate}"` });
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
