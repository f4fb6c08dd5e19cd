/**
 * Values for a JSON Schema taken from the server's own OpenAPI document: mostly right in shape,
 * so requests get past validation and reach the code behind it, with hostile text inside
 * strings that are the right length, and now and then a value of the wrong type anywhere.
 */
import fc from 'fast-check';
import { hostileJson, hostileString } from './hostile-values';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  pattern?: string;
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
}

/** Real values for a property or parameter by name (procedure ids, references…), when the test has some. */
export type KnownValues = (name: string) => fc.Arbitrary<unknown> | undefined;

const MAX_DEPTH = 6;

export function nearlyValid(schema: JsonSchema, known: KnownValues = () => undefined, name = '', depth = 0): fc.Arbitrary<unknown> {
  const right = depth > MAX_DEPTH ? fc.constant(null) : valueFor(schema, known, name, depth);
  const withNull = schema.nullable ? fc.oneof({ weight: 4, arbitrary: right }, fc.constant(null)) : right;
  return fc.oneof({ weight: 7, arbitrary: withNull }, { weight: 1, arbitrary: hostileJson });
}

function valueFor(schema: JsonSchema, known: KnownValues, name: string, depth: number): fc.Arbitrary<unknown> {
  const real = known(name);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => nearlyValid(variant, known, name, depth + 1)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object':
      return objectFor(schema, known, depth);
    case 'array': {
      const items = schema.items ? nearlyValid(schema.items, known, name, depth + 1) : hostileJson;
      const minLength = schema.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case 'string':
      return real ? fc.oneof({ weight: 3, arbitrary: real }, stringFor(schema)) : stringFor(schema);
    case 'integer': {
      // Edges a schema without a maximum lets through, and a database column may not hold.
      const edges = fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER);
      return fc.oneof({ weight: 5, arbitrary: real ?? fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 10_000 }) }, edges);
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    default:
      return real ?? hostileJson;
  }
}

function objectFor(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, nearlyValid(child, known, key, depth + 1)]));
  const required = (schema.required ?? []).filter((key) => key in model);
  // Mostly every required key; sometimes any subset, and sometimes a key no schema expects.
  const record = fc.oneof({ weight: 5, arbitrary: fc.record(model, { requiredKeys: required }) }, fc.record(model, { requiredKeys: [] }));
  return fc.tuple(record, fc.option(fc.tuple(hostileString, hostileJson), { freq: 5 })).map(([value, extra]) => (extra ? { ...value, [extra[0]]: extra[1] } : value));
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const maxLength = schema.maxLength ?? 5_000;
  const minLength = schema.minLength ?? 0;
  const fitted = hostileString.map((text) => text.slice(0, maxLength)).filter((text) => text.length >= minLength);
  if (schema.format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.uuid() }, fitted);
  if (schema.pattern) return fc.oneof({ weight: 3, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) }, fitted);
  return fc.oneof(fitted, fc.string({ minLength, maxLength: Math.max(minLength, Math.min(maxLength, 40)) }));
}
