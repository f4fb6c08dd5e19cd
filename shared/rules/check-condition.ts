/**
 * Type-checks a condition when the catalog loads: every operator is known, every referenced
 * question exists, types agree (no date compared with text), and option literals name real options.
 * Problems carry a path relative to the condition so the linter can point at the line.
 */
import type { ValueType } from './condition';
import { OPERATORS, OPERATOR_NAMES } from './operators';

export interface QuestionTypeInfo {
  valueType: ValueType;
  /** Option values for single/multiple choice questions. */
  options?: readonly string[];
}

interface ConditionProblem {
  path: (string | number)[];
  message: string;
}

export interface ConditionCheck {
  type: ValueType | undefined;
  problems: ConditionProblem[];
  /** Question ids this condition reads. */
  references: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function literalType(node: unknown): ValueType | undefined {
  if (typeof node === 'boolean') return 'boolean';
  if (typeof node === 'number' && Number.isFinite(node)) return 'number';
  if (typeof node === 'string') return 'string';
  return undefined;
}

export function checkCondition(root: unknown, questions: ReadonlyMap<string, QuestionTypeInfo>): ConditionCheck {
  const problems: ConditionProblem[] = [];
  const references: string[] = [];

  const optionsOf = (node: unknown): readonly string[] | undefined => {
    if (typeof node !== 'object' || node === null || !('answer' in node)) return undefined;
    return questions.get(String((node as { answer: unknown }).answer))?.options;
  };
  const checkOptionLiteral = (refNode: unknown, literal: unknown, path: (string | number)[]): void => {
    const options = optionsOf(refNode);
    if (options && typeof literal === 'string' && !options.includes(literal)) {
      problems.push({ path, message: `"${literal}" is not an option of that question (options: ${options.join(', ')})` });
    }
  };

  const check = (node: unknown, path: (string | number)[]): ValueType | undefined => {
    const literal = literalType(node);
    if (literal) return literal;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push({ path, message: 'expected a value or an object with one operator' });
      return undefined;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push({ path, message: `a condition needs exactly one operator, found ${keys.length === 0 ? 'none' : keys.join(', ')}` });
      return undefined;
    }
    const key = keys[0] as string;
    const spec = OPERATORS[key];
    const arg = (node as Record<string, unknown>)[key];
    const argPath = [...path, key];
    if (!spec) {
      problems.push({ path: argPath, message: `unknown operator "${key}" (known: ${OPERATOR_NAMES.join(', ')})` });
      return undefined;
    }
    const argTypes: (ValueType | undefined)[] = [];
    switch (spec.shape) {
      case 'questionRef': {
        const question = typeof arg === 'string' ? questions.get(arg) : undefined;
        if (!question) {
          problems.push({ path: argPath, message: `unknown question "${String(arg)}"` });
          return undefined;
        }
        references.push(arg as string);
        return key === 'answer' ? question.valueType : 'boolean';
      }
      case 'dateLiteral':
        if (typeof arg !== 'string' || !ISO_DATE.test(arg) || Number.isNaN(Date.parse(arg))) {
          problems.push({ path: argPath, message: 'a date literal must be written YYYY-MM-DD' });
          return undefined;
        }
        return 'date';
      case 'today':
        if (arg !== true) problems.push({ path: argPath, message: 'write `today: true`' });
        return 'date';
      case 'unary':
        argTypes.push(check(arg, argPath));
        break;
      case 'binary':
        if (!Array.isArray(arg) || arg.length !== 2) {
          problems.push({ path: argPath, message: `${key} needs a list of exactly two values` });
          return undefined;
        }
        argTypes.push(check(arg[0], [...argPath, 0]), check(arg[1], [...argPath, 1]));
        if (key === 'eq' || key === 'ne' || key === 'includes') {
          checkOptionLiteral(arg[0], arg[1], [...argPath, 1]);
          checkOptionLiteral(arg[1], arg[0], [...argPath, 0]);
        }
        break;
      case 'list':
        if (!Array.isArray(arg) || arg.length === 0) {
          problems.push({ path: argPath, message: `${key} needs a non-empty list` });
          return undefined;
        }
        arg.forEach((item, index) => argTypes.push(check(item, [...argPath, index])));
        break;
      case 'membership': {
        if (!Array.isArray(arg) || arg.length !== 2 || !Array.isArray(arg[1])) {
          problems.push({ path: argPath, message: 'in needs [value, [list of values]]' });
          return undefined;
        }
        const values = arg[1] as unknown[];
        argTypes.push(check(arg[0], [...argPath, 0]));
        values.forEach((item, index) => {
          argTypes.push(literalType(item));
          checkOptionLiteral(arg[0], item, [...argPath, 1, index]);
        });
        break;
      }
    }
    if (argTypes.some((t) => t === undefined)) return undefined;
    const result = spec.type(argTypes as ValueType[], arg);
    if (result !== 'boolean' && result !== 'number' && result !== 'string' && result !== 'date' && result !== 'list' && result !== 'address') {
      problems.push({ path: argPath, message: result });
      return undefined;
    }
    return result;
  };

  const type = check(root, []);
  return { type, problems, references };
}
