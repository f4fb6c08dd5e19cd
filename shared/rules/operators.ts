/**
 * The operator registry: one entry per rule-language operator, giving its argument shape, its
 * type rule (used when the catalog loads) and its evaluation (used by the engine).
 * Unknown answers are `undefined` and propagate (Kleene logic) so a rule fires only once it is
 * definitely true.
 */
import { ageInYears, daysBetween, workingDaysBetween } from './calendar';
import type { RuleScope, RuleValue, ValueType } from './condition';

/** How an operator's argument is written in a procedure file. */
export type ArgumentShape = 'questionRef' | 'dateLiteral' | 'today' | 'unary' | 'binary' | 'list' | 'membership';

/** Evaluates a sub-expression; passed in (not closed over) so no closure is allocated per node. */
interface Evaluator {
  (node: unknown, scope: RuleScope): RuleValue;
}

interface OperatorSpec {
  shape: ArgumentShape;
  /** Given checked argument types, the result type or a message. */
  type: (args: ValueType[], raw: unknown) => ValueType | string;
  evaluate: (arg: unknown, evaluate: Evaluator, scope: RuleScope) => RuleValue;
}

const ORDERED: ReadonlySet<ValueType> = new Set(['number', 'date']);

const first = (arg: unknown, evaluate: Evaluator, scope: RuleScope): RuleValue => evaluate((arg as unknown[])[0], scope);
const second = (arg: unknown, evaluate: Evaluator, scope: RuleScope): RuleValue => evaluate((arg as unknown[])[1], scope);

function compare(test: (a: number | string, b: number | string) => boolean): OperatorSpec {
  return {
    shape: 'binary',
    type: ([a, b]) => {
      if (a !== b) return `cannot compare ${a} with ${b}`;
      if (!ORDERED.has(a as ValueType)) return `ordering needs numbers or dates, got ${a}`;
      return 'boolean';
    },
    evaluate: (arg, evaluate, scope) => {
      const a = first(arg, evaluate, scope);
      const b = second(arg, evaluate, scope);
      if (a === undefined || b === undefined) return undefined;
      return test(a as number | string, b as number | string);
    },
  };
}

function equality(negate: boolean): OperatorSpec {
  return {
    shape: 'binary',
    type: ([a, b]) => (a === b && a !== 'list' && a !== 'address' ? 'boolean' : `cannot compare ${a} with ${b}`),
    evaluate: (arg, evaluate, scope) => {
      const a = first(arg, evaluate, scope);
      const b = second(arg, evaluate, scope);
      if (a === undefined || b === undefined) return undefined;
      return (a === b) !== negate;
    },
  };
}

function dateOrder(test: (a: string, b: string) => boolean): OperatorSpec {
  return {
    shape: 'binary',
    type: ([a, b]) => (a === 'date' && b === 'date' ? 'boolean' : `before/after need two dates, got ${a} and ${b}`),
    evaluate: (arg, evaluate, scope) => {
      const a = first(arg, evaluate, scope);
      const b = second(arg, evaluate, scope);
      if (a === undefined || b === undefined) return undefined;
      return test(a as string, b as string);
    },
  };
}

function fromDate(compute: (date: string, scope: RuleScope) => number): OperatorSpec {
  return {
    shape: 'unary',
    type: ([a]) => (a === 'date' ? 'number' : `needs a date, got ${a}`),
    evaluate: (arg, evaluate, scope) => {
      const value = evaluate(arg, scope);
      return value === undefined ? undefined : compute(value as string, scope);
    },
  };
}

export const OPERATORS: Readonly<Record<string, OperatorSpec>> = {
  answer: {
    shape: 'questionRef',
    type: () => 'string', // replaced by the question's type in the checker
    evaluate: (arg, _evaluate, scope) => (scope.answers[arg as string] ?? undefined) as RuleValue, // null = skipped = unknown
  },
  answered: {
    shape: 'questionRef',
    type: () => 'boolean',
    evaluate: (arg, _evaluate, scope) => scope.answers[arg as string] != null,
  },
  date: {
    shape: 'dateLiteral',
    type: () => 'date',
    evaluate: (arg) => arg as string,
  },
  today: {
    shape: 'today',
    type: () => 'date',
    evaluate: (_arg, _evaluate, scope) => scope.today,
  },
  eq: equality(false),
  ne: equality(true),
  lt: compare((a, b) => a < b),
  lte: compare((a, b) => a <= b),
  gt: compare((a, b) => a > b),
  gte: compare((a, b) => a >= b),
  before: dateOrder((a, b) => a < b),
  after: dateOrder((a, b) => a > b),
  and: {
    shape: 'list',
    type: (args) => (args.every((t) => t === 'boolean') ? 'boolean' : 'and needs conditions (true/false) only'),
    evaluate: (arg, evaluate, scope) => {
      let unknown = false;
      for (const item of arg as unknown[]) {
        const value = evaluate(item, scope);
        if (value === false) return false;
        if (value === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    },
  },
  or: {
    shape: 'list',
    type: (args) => (args.every((t) => t === 'boolean') ? 'boolean' : 'or needs conditions (true/false) only'),
    evaluate: (arg, evaluate, scope) => {
      let unknown = false;
      for (const item of arg as unknown[]) {
        const value = evaluate(item, scope);
        if (value === true) return true;
        if (value === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    },
  },
  not: {
    shape: 'unary',
    type: ([a]) => (a === 'boolean' ? 'boolean' : `not needs a condition, got ${a}`),
    evaluate: (arg, evaluate, scope) => {
      const value = evaluate(arg, scope);
      return value === undefined ? undefined : !value;
    },
  },
  in: {
    shape: 'membership',
    type: ([a, ...items]) =>
      items.every((t) => t === a) ? 'boolean' : `every value in the list must be a ${a}`,
    evaluate: (arg, evaluate, scope) => {
      const [needle, haystack] = arg as [unknown, unknown[]];
      const value = evaluate(needle, scope);
      return value === undefined ? undefined : haystack.includes(value);
    },
  },
  includes: {
    shape: 'binary',
    type: ([a, b]) => (a === 'list' && b === 'string' ? 'boolean' : `includes needs a multiple-choice answer and an option, got ${a} and ${b}`),
    evaluate: (arg, evaluate, scope) => {
      const list = first(arg, evaluate, scope);
      const item = second(arg, evaluate, scope);
      if (list === undefined || item === undefined) return undefined;
      return (list as readonly string[]).includes(item as string);
    },
  },
  daysSince: fromDate((date, scope) => daysBetween(date, scope.today)),
  ageYears: fromDate((date, scope) => ageInYears(date, scope.today)),
  workingDaysBetween: {
    shape: 'binary',
    type: ([a, b]) => (a === 'date' && b === 'date' ? 'number' : `workingDaysBetween needs two dates, got ${a} and ${b}`),
    evaluate: (arg, evaluate, scope) => {
      const a = first(arg, evaluate, scope);
      const b = second(arg, evaluate, scope);
      if (a === undefined || b === undefined) return undefined;
      return workingDaysBetween(a as string, b as string, scope.holidays);
    },
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);
