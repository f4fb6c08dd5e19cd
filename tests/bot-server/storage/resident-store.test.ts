import { describe, expect, it } from 'vitest';
import { findResident, touchResident } from '../../../bot-server/storage/resident-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('resident store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('creates a resident on first contact', async () => {
    expect(await findResident(target.db, 'A')).toBeUndefined();
    await touchResident(target.db, { userId: 'A', appUserId: 'app-A', now: at(0) });
    expect(await findResident(target.db, 'A')).toEqual({ user_id: 'A', app_user_id: 'app-A', last_interaction_at: at(0), created_at: at(0) });
  });

  it('keeps a known app link when a later event carries none, and moves last interaction on', async () => {
    await touchResident(target.db, { userId: 'A', appUserId: 'app-A', now: at(0) });
    await touchResident(target.db, { userId: 'A', appUserId: null, now: at(10) });
    await touchResident(target.db, { userId: 'A', appUserId: undefined, now: at(20) });
    expect(await findResident(target.db, 'A')).toEqual({ user_id: 'A', app_user_id: 'app-A', last_interaction_at: at(20), created_at: at(0) });
  });

  it("does not move the last interaction on for the OA's own echo or a delivery receipt (the reply window runs from the resident)", async () => {
    await touchResident(target.db, { userId: 'A', appUserId: null, now: at(0) });
    await touchResident(target.db, { userId: 'A', appUserId: null, now: at(30), spoke: false });
    expect((await findResident(target.db, 'A'))?.last_interaction_at).toBe(at(0));
  });

  it('learns an app link later, or a new one', async () => {
    await touchResident(target.db, { userId: 'A', appUserId: null, now: at(0) });
    await touchResident(target.db, { userId: 'A', appUserId: 'app-1', now: at(1) });
    expect((await findResident(target.db, 'A'))?.app_user_id).toBe('app-1');
    await touchResident(target.db, { userId: 'A', appUserId: 'app-2', now: at(2) });
    expect((await findResident(target.db, 'A'))?.app_user_id).toBe('app-2');
  });
});
