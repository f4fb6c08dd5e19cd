/**
 * `npm run procedures:schema` writes shared/procedures/procedure.schema.json from the zod schema
 * (editors get autocompletion through the `yaml-language-server` line atop each file).
 * With `--check` it only fails when the committed file is stale.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { procedureSchema } from '../../shared/schema/procedure-schema';
import { conditionSchema } from '../../shared/schema/condition-schema';
import { conditionJsonSchema } from '../../shared/schema/condition-json-schema';

const target = new URL('../../shared/procedures/procedure.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(procedureSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === conditionSchema) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, { $ref: '#/$defs/condition' });
      }
    },
  }) as Record<string, unknown>;
  const withDefs = { ...schema, title: 'Procedure (thủ tục hành chính)', $defs: { ...((schema.$defs as object) ?? {}), condition: conditionJsonSchema() } };
  return `${JSON.stringify(withDefs, null, 2)}\n`;
}

const fresh = generate();
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== fresh) {
    console.error('shared/procedures/procedure.schema.json is stale: run `npm run procedures:schema` and commit it.');
    process.exit(1);
  }
  console.log('procedure.schema.json is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote shared/procedures/procedure.schema.json');
}
