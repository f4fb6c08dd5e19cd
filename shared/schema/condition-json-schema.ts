/**
 * The JSON Schema editors see for a rule-language condition, generated from the operator
 * registry so autocompletion always lists exactly the operators the engine knows.
 */
import { OPERATORS, type ArgumentShape } from '../rules/operators';

const REF = { $ref: '#/$defs/condition' };
const LITERAL = { type: ['string', 'number', 'boolean'] };

const ARGUMENT_SCHEMAS: Record<ArgumentShape, object> = {
  questionRef: { type: 'string', description: 'a question id' },
  dateLiteral: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  today: { const: true },
  unary: REF,
  binary: { type: 'array', items: REF, minItems: 2, maxItems: 2 },
  list: { type: 'array', items: REF, minItems: 1 },
  membership: { type: 'array', prefixItems: [REF, { type: 'array', items: LITERAL }], minItems: 2, maxItems: 2 },
};

export function conditionJsonSchema(): object {
  return {
    anyOf: [
      LITERAL,
      ...Object.entries(OPERATORS).map(([name, spec]) => ({
        type: 'object',
        properties: { [name]: ARGUMENT_SCHEMAS[spec.shape] },
        required: [name],
        additionalProperties: false,
      })),
    ],
  };
}
