/**
 * The fake Zalo's fault switch: which fault, if any, hits the next OpenAPI call. A fault hits
 * always, for the next `count` calls, or for a `rate` (0–1) of calls; a `mix` picks one of its
 * faults at random for each call it hits (a flaky day at Zalo: 5xx, timeouts, -32, -216 at once).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const FAULTS = ['tokenExpired', 'rateLimit', 'outsideWindow', 'serverError', 'slow', 'timeout'] as const;
export type FakeFault = (typeof FAULTS)[number];
export type FaultSetting = ({ fault: FakeFault } | { mix: FakeFault[] }) & { count?: number; rate?: number };

const limitsSchema = z.object({ count: z.number().int().positive().optional(), rate: z.number().min(0).max(1).optional() });
const faultSchema = z.union([
  limitsSchema.extend({ fault: z.enum(FAULTS).nullable() }).strict(),
  limitsSchema.extend({ mix: z.array(z.enum(FAULTS)).min(1) }).strict(),
]);

/** A control request's body (`{ fault: name | null, count?, rate? }` or `{ mix: [names], count?, rate? }`). */
export function parseFaultSetting(body: unknown): { ok: true; setting: FaultSetting | null } | { ok: false } {
  const parsed = faultSchema.safeParse(body);
  if (!parsed.success) return { ok: false };
  const { count, rate } = parsed.data;
  if ('mix' in parsed.data) return { ok: true, setting: { mix: parsed.data.mix, count, rate } };
  return { ok: true, setting: parsed.data.fault === null ? null : { fault: parsed.data.fault, count, rate } };
}

export function createFaultSwitch(random: () => number) {
  let setting: FaultSetting | null = null;
  return {
    set(next: FaultSetting | null): void {
      setting = next;
    },
    current: (): FaultSetting | null => setting,
    /** `tokenExpired` on its own: it expired the token when set, and a refresh ends it. */
    isLoneTokenExpiry: (): boolean => setting !== null && 'fault' in setting && setting.fault === 'tokenExpired',
    /** The fault that hits this call, if any (consuming one of `count`). */
    hit(): FakeFault | null {
      if (!setting || this.isLoneTokenExpiry()) return null;
      if (setting.rate !== undefined && random() >= setting.rate) return null;
      const fault = 'fault' in setting ? setting.fault : (setting.mix[Math.floor(random() * setting.mix.length)] ?? null);
      if (setting.count !== undefined) setting = setting.count > 1 ? { ...setting, count: setting.count - 1 } : null;
      return fault;
    },
  };
}

/** Resolves when the caller gives up on the call (closes its connection), or after `ms`. */
export function heldUntilAbandoned(request: FastifyRequest, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const { socket } = request.raw;
    const done = () => {
      clearTimeout(timer);
      socket.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    socket.once('close', done);
  });
}
