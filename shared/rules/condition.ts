/**
 * The rule language: conditions are plain data (JSON/YAML), in the spirit of json-logic.
 * Each node is a literal or an object with exactly one operator key; see `operators.ts`.
 */
type Literal = string | number | boolean;

export type Condition =
  | Literal
  | { answer: string }
  | { answered: string }
  | { date: string }
  | { today: true }
  | { eq: [Condition, Condition] }
  | { ne: [Condition, Condition] }
  | { lt: [Condition, Condition] }
  | { lte: [Condition, Condition] }
  | { gt: [Condition, Condition] }
  | { gte: [Condition, Condition] }
  | { before: [Condition, Condition] }
  | { after: [Condition, Condition] }
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition }
  | { in: [Condition, Literal[]] }
  | { includes: [Condition, Condition] }
  | { daysSince: Condition }
  | { ageYears: Condition }
  | { workingDaysBetween: [Condition, Condition] };

/** Value types the checker reasons about. `address` and `list` only support `answered`/`includes`. */
export type ValueType = 'boolean' | 'number' | 'string' | 'date' | 'list' | 'address';

/** Runtime values; `undefined` means "not known yet" (an unanswered question). */
export type RuleValue = boolean | number | string | readonly string[] | undefined;

export interface RuleScope {
  /** Canonical answers by question id (ISO dates, E.164 phones, option values). */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Local date in Vietnam, ISO. */
  readonly today: string;
  readonly holidays: ReadonlySet<string>;
}
