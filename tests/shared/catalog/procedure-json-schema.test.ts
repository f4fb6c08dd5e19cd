/**
 * The JSON Schema editors get (via the yaml-language-server line atop each file) must accept
 * every real procedure file and flag the mistakes the linter flags, or autocompletion lies.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020';
import { readCatalogFiles } from '../../../bot-server/catalog/read-catalog-files';

const schema = JSON.parse(readFileSync('shared/procedures/procedure.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const procedureFiles = readCatalogFiles().filter((file) => !file.name.endsWith('.scenarios.yaml'));

describe('procedure.schema.json', () => {
  it.each(procedureFiles.map((file) => [file.name, file.text]))('accepts %s', (_name, text) => {
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is referenced by every procedure file', () => {
    for (const file of procedureFiles) expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=./procedure.schema.json');
  });

  it('rejects an unknown operator and an unknown field', () => {
    const text = procedureFiles.find((f) => f.name.endsWith('birth-registration.yaml'))?.text ?? '';
    const broken = parse(text.replace('when: { eq: [{ answer: registered_before }, true] }', 'when: { equals: [{ answer: registered_before }, true] }'));
    expect(validate(broken)).toBe(false);
    expect(validate({ ...parse(text), colour: 'red' })).toBe(false);
  });
});
