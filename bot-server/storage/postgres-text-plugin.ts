/**
 * PostgreSQL text cannot hold U+0000 (SQLite can): one string parameter containing it fails the
 * whole statement ("invalid byte sequence for encoding UTF8: 0x00"). A resident's stray NUL would
 * then be a 500 in the Mini App, or a chat message the inbox worker retries and never gets past,
 * holding up every later message of that resident. On PostgreSQL every string parameter has it
 * replaced by U+FFFD, the replacement character, before the query is sent.
 */
import { OperationNodeTransformer, type KyselyPlugin, type PrimitiveValueListNode, type ValueNode } from 'kysely';

const NUL = '\u0000';
const REPLACEMENT = '\uFFFD';

const clean = (value: unknown): unknown => (typeof value === 'string' && value.includes(NUL) ? value.replaceAll(NUL, REPLACEMENT) : value);
const hasNul = (value: unknown): boolean => typeof value === 'string' && value.includes(NUL);

class NulReplacer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return hasNul(node.value) ? { ...node, value: clean(node.value) } : node;
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some(hasNul) ? { ...node, values: node.values.map(clean) } : node;
  }
}

export function postgresTextPlugin(): KyselyPlugin {
  const replacer = new NulReplacer();
  return {
    transformQuery: (args) => replacer.transformNode(args.node, args.queryId),
    transformResult: async (args) => args.result,
  };
}
