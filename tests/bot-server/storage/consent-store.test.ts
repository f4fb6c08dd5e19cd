import { describe, expect, it } from 'vitest';
import { listConsents, recordConsent } from '../../../bot-server/storage/consent-store';
import { recordUnplacedQuery } from '../../../bot-server/storage/unplaced-query-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('consent store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it("lists a resident's consents oldest first, with purposes and data categories as JSON arrays", async () => {
    const base = { policyVersion: '2025-07', channel: 'chat' as const, procedureId: null };
    await recordConsent(target.db, { ...base, userId: 'A', purposes: ['filing'], dataCategories: ['citizenId', 'phone'], givenAt: at(0) });
    await recordConsent(target.db, { ...base, userId: 'B', purposes: ['filing'], dataCategories: [], givenAt: at(1) });
    await recordConsent(target.db, { ...base, userId: 'A', purposes: ['reminders'], dataCategories: ['phone'], procedureId: 'khai-sinh', givenAt: at(2) });

    const consents = await listConsents(target.db, 'A');
    expect(consents.map((row) => [JSON.parse(row.purposes), JSON.parse(row.data_categories), row.procedure_id, row.given_at, row.withdrawn_at])).toEqual([
      [['filing'], ['citizenId', 'phone'], null, at(0), null],
      [['reminders'], ['phone'], 'khai-sinh', at(2), null],
    ]);
  });
});

describe.each(dialects)('unplaced query store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('records what residents typed that matched nothing', async () => {
    await recordUnplacedQuery(target.db, { text: 'xin giấy phép nuôi chó', at: at(0) });
    expect(await target.db.selectFrom('unplaced_queries').select(['text', 'at']).execute()).toEqual([{ text: 'xin giấy phép nuôi chó', at: at(0) }]);
  });
});
