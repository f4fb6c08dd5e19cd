/**
 * HTTP contracts of the console's procedure list (`/api/console/procedures`): every procedure with
 * all its loaded versions, for filters, for volunteers choosing what to file, and for admins
 * publishing a new version. A version arrives as a file with `status: draft` (written by a content
 * editor and checked by `npm run procedures:check`); residents get it only once an admin publishes
 * it here and its `effectiveFrom` date has come.
 */
import { z } from 'zod';

const isoDate = z.string().meta({ description: 'ISO date', example: '2026-07-01' });

const procedureVersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  inForce: z.boolean().meta({ description: 'Published, and today is within its effective dates: what residents get now' }),
  publishedAt: z.string().nullable().meta({ description: 'When an admin published it in the console (null: published in its file, or still a draft)' }),
  publishedBy: z.string().nullable(),
});

const procedureListItemSchema = z.object({
  id: z.string(),
  name: z.string().meta({ description: 'Vietnamese name of the version in force (or the newest)' }),
  kind: z.enum(['flow', 'info']),
  canFile: z.boolean().meta({ description: 'Residents (or a volunteer for them) can file it online here' }),
  inPersonVisit: z.boolean(),
  versions: z.array(procedureVersionSchema).meta({ description: 'Newest first' }),
});
export type ConsoleProcedure = z.infer<typeof procedureListItemSchema>;

export const consoleProcedureListResponseSchema = z.object({ items: z.array(procedureListItemSchema) });
export const procedureVersionParamsSchema = z.object({ id: z.string().min(1).max(100), version: z.coerce.number().int().positive() });
export const procedureResponseSchema = z.object({ item: procedureListItemSchema });
