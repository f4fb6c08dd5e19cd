import { z } from 'zod';

/**
 * Scenario tests beside each procedure file: given answers (canonical values: ISO dates,
 * option values, true/false), what the engine must conclude.
 */
const scenarioSchema = z
  .object({
    name: z.string().min(1),
    today: z.iso.date(),
    answers: z.record(z.string(), z.unknown()),
    expect: z
      .object({
        eligibility: z.enum(['eligible', 'notEligible', 'otherProcedure', 'talkToOfficial', 'pending']),
        rule: z.string().optional(),
        nextQuestion: z.string().optional(),
        documents: z.array(z.string()).optional(),
        documentsInclude: z.array(z.string()).optional(),
        documentsExclude: z.array(z.string()).optional(),
        fee: z
          .object({
            total: z.number().nullable().optional(),
            totalOnline: z.number().nullable().optional(),
            setByProvince: z.boolean().optional(),
            exempt: z.boolean().optional(),
            items: z.array(z.string()).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();

export const scenarioFileSchema = z
  .object({ procedure: z.string().min(1), scenarios: z.array(scenarioSchema).min(1) })
  .strict();

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
