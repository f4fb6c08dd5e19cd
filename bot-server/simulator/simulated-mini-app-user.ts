/**
 * A simulator resident as the fake Graph API knows them when they open the Mini App: the same
 * app-scoped id the simulated webhooks carry (`user_id_by_app`, see simulated-events.ts), so chat
 * and Mini App meet, and a fresh token that only this machine's fake Zalo accepts.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FakeResident } from './fake-zalo-api';

export function simulatedMiniAppUser(userId: string, name?: string): FakeResident {
  // A believable Viettel number that stays the same for the same resident.
  const digits = BigInt(`0x${createHash('sha256').update(userId).digest('hex').slice(0, 12)}`) % 10_000_000n;
  return {
    userToken: `sim-user-${randomUUID()}`,
    id: `app-${userId}`,
    name: name ?? 'Cư dân mô phỏng',
    phone: `8498${digits.toString().padStart(7, '0')}`,
  };
}
