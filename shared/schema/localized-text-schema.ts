import { z } from 'zod';

const viText = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing Vietnamese text (vi)' : 'vi must be text') })
  .trim()
  .min(1, 'missing Vietnamese text (vi)');

/** Text shown to residents: Vietnamese is required, English is the optional second language. */
export const localizedTextSchema = z
  .object({
    vi: viText,
    en: z.string().trim().min(1).optional(),
  })
  .strict();

export type LocalizedText = z.infer<typeof localizedTextSchema>;
