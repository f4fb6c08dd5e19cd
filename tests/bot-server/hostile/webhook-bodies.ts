/**
 * Webhook bodies for fuzzing POST /webhooks/zalo: Zalo's real event shapes with hostile values put
 * anywhere in them (wrong types, odd Unicode, payloads, huge text), or any JSON at all, and the
 * signature Zalo would put on exactly those bytes.
 */
import fc from 'fast-check';
import type { Config } from '../../../bot-server/config/load-config';
import { SIMULATOR } from '../../../bot-server/config/load-config';
import { simulatedEvent, type SimulatedAction } from '../../../bot-server/simulator/simulated-events';
import { zaloSignature } from '../../../bot-server/zalo/webhook-signature';
import { hostileJson, hostileNumber, hostileString } from './hostile-values';

/** The signature header for these exact bytes, computed as the route reads the timestamp back out of them. */
export function signRaw(config: Config, rawBody: string): string {
  let timestamp = '';
  try {
    const body = JSON.parse(rawBody) as unknown;
    if (body && typeof body === 'object' && 'timestamp' in body && body.timestamp !== undefined) timestamp = String(body.timestamp);
  } catch {
    // Not JSON: the route refuses it before looking at the signature.
  }
  return `mac=${zaloSignature({ appId: config.zalo.appId, rawBody, timestamp, secret: SIMULATOR.oaSecretKey })}`;
}

const action: fc.Arbitrary<SimulatedAction> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map((text): SimulatedAction => ({ kind: 'text', text })) },
  fc.constant<SimulatedAction>({ kind: 'follow' }),
  fc.constant<SimulatedAction>({ kind: 'image' }),
  fc.tuple(fc.double({ noNaN: false }), fc.double()).map(([latitude, longitude]): SimulatedAction => ({ kind: 'location', latitude, longitude })),
  hostileString.map((text): SimulatedAction => ({ kind: 'officialText', text })),
);

/** Every path to a value in a JSON object, e.g. ['message', 'text'] (Zalo's events are 4 deep at most). */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object' || prefix.length >= 4) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head = '', ...rest] = path;
  const copy: Record<string, unknown> = Array.isArray(value) ? { ...value } : { ...(value as Record<string, unknown>) };
  copy[head] = replaced(copy[head], rest, by);
  return Array.isArray(value) ? Object.values(copy) : copy;
}

/**
 * A real event from `userId` with up to three of its values swapped for hostile ones (or keys
 * removed), keeping a fresh `msg_id` so each one is new to the inbox.
 */
export function hostileEvent(config: Config, userIds: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const base = fc.tuple(action, userIds).map(([act, userId]) => simulatedEvent(act, { appId: config.zalo.appId, oaId: config.zalo.oaId, userId }, new Date()));
  const edits = fc.array(fc.tuple(fc.nat(), fc.oneof(hostileJson, hostileNumber, fc.constant(undefined))), { maxLength: 3 });
  return fc.tuple(base, edits).map(([event, changes]) =>
    changes.reduce<unknown>((body, [pick, by]) => {
      const paths = pathsOf(body).filter((path) => path.length > 0);
      const path = paths[pick % paths.length];
      return path ? replaced(body, path, by) : body;
    }, event),
  );
}
