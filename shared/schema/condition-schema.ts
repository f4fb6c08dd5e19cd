import { z } from 'zod';
import type { Condition } from '../rules/condition';

/**
 * A rule-language condition. Zod only checks it is present; the real check (operators, question
 * references, types) is `checkCondition`, which gives editors precise messages. The JSON Schema
 * editors see is generated from the operator registry (see `condition-json-schema.ts`).
 */
export const conditionSchema = z.custom<Condition>((value) => value !== undefined && value !== null, {
  message: 'a condition is required',
});
