/**
 * The link step the inbox worker runs when a webhook carries `user_id_by_app`: what a resident did
 * in the Mini App before the chat knew them moves to their chat id, on SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/engine/engine-types';
import type { ConversationState } from '../../../shared/conversation/conversation-types';
import { initialConversation } from '../../../shared/conversation/converse';
import { createDataCipher } from '../../../bot-server/security/data-cipher';
import { linkAppResident } from '../../../bot-server/resident-api/link-app-resident';
import { saveConversationState, loadConversationState } from '../../../bot-server/storage/conversation-store';
import { touchResident } from '../../../bot-server/storage/resident-store';
import { ensureAppOnlyResident } from '../../../bot-server/storage/app-resident-store';
import { insertFiling } from '../../../bot-server/storage/filing-store';
import { recordConsent } from '../../../bot-server/storage/consent-store';
import { openHandoff } from '../../../bot-server/storage/handoff-store';
import { at, dialects, useTestDatabase } from '../storage/database-targets';
import { filing } from '../storage/storage-fixtures';

const cipher = createDataCipher(Buffer.alloc(32, 3));
const seal = (state: ConversationState) => cipher.seal(JSON.stringify(state));
const open = (sealed: string | undefined) => JSON.parse(cipher.open(sealed ?? '')) as ConversationState;

function session(procedureId: string, updatedAt: string, current = 'q1'): Session {
  return { procedureId, procedureVersion: 1, stage: 'questions', current, answers: {}, focus: null, filingStarted: false, consent: null, outcome: null, closed: null, reference: null, submittedAt: null, startedAt: updatedAt, updatedAt };
}

describe.each(dialects)('linking a Mini-App-first resident on %s', (dialect) => {
  const target = useTestDatabase(dialect);

  it('moves the draft, filings, consents and handoff to the chat id, and forgets the app-only resident', async () => {
    const { db } = target;
    const appUserId = `app-${dialect}-1`;
    const appOnly = await ensureAppOnlyResident(db, appUserId, at(0));
    await saveConversationState(db, appOnly, seal({ ...initialConversation(), draft: session('birth-registration', at(5)) }), at(5));
    await insertFiling(db, { ...filing('ABCD-EFGH-K', appOnly), channel: 'miniApp' });
    await recordConsent(db, { userId: appOnly, policyVersion: 'v1', purposes: ['filing'], dataCategories: ['name'], channel: 'miniApp', procedureId: 'birth-registration', givenAt: at(4) });
    await openHandoff(db, { userId: appOnly, reason: 'requested', openedAt: at(6) });
    // The chat meets them: a flow of another procedure is running there, with its own open handoff.
    await touchResident(db, { userId: '8412345', appUserId, now: at(10) });
    await saveConversationState(db, '8412345', seal({ ...initialConversation(), mode: 'flow', session: session('temporary-residence', at(9)) }), at(9));
    await openHandoff(db, { userId: '8412345', reason: 'notUnderstood', openedAt: at(8) });

    expect(await db.transaction().execute((trx) => linkAppResident(trx, cipher, { userId: '8412345', appUserId, now: at(11) }))).toBe(true);

    const state = open(await loadConversationState(db, '8412345'));
    expect(state.session?.procedureId).toBe('temporary-residence');
    expect(state.draft?.procedureId).toBe('birth-registration');
    expect(await loadConversationState(db, appOnly)).toBeUndefined();
    expect(await db.selectFrom('filings').select('user_id').where('reference', '=', 'ABCD-EFGH-K').executeTakeFirstOrThrow()).toEqual({ user_id: '8412345' });
    expect(await db.selectFrom('consents').select('user_id').execute()).toEqual([{ user_id: '8412345' }]);
    const handoffs = await db.selectFrom('handoffs').select(['user_id', 'status']).orderBy('id').execute();
    expect(handoffs).toEqual([{ user_id: '8412345', status: 'resolved' }, { user_id: '8412345', status: 'open' }]);
    expect(await db.selectFrom('residents').select('user_id').execute()).toEqual([{ user_id: '8412345' }]);
    // Nothing left to move: a second webhook does nothing.
    expect(await linkAppResident(db, cipher, { userId: '8412345', appUserId, now: at(12) })).toBe(false);
  });

  it('keeps the newer session when chat and app both hold one for the same procedure', async () => {
    const { db } = target;
    const appUserId = `app-${dialect}-2`;
    const appOnly = await ensureAppOnlyResident(db, appUserId, at(0));
    await saveConversationState(db, appOnly, seal({ ...initialConversation(), draft: session('temporary-residence', at(20), 'place_type') }), at(20));
    await touchResident(db, { userId: '8499999', appUserId, now: at(21) });
    await saveConversationState(db, '8499999', seal({ ...initialConversation(), mode: 'flow', session: session('temporary-residence', at(3), 'same_commune') }), at(3));
    await linkAppResident(db, cipher, { userId: '8499999', appUserId, now: at(22) });
    const state = open(await loadConversationState(db, '8499999'));
    expect(state.session).toMatchObject({ procedureId: 'temporary-residence', current: 'place_type' });
    expect(state.draft ?? null).toBeNull();
  });

  it('does nothing for a webhook without an app id, or a resident who never used the Mini App', async () => {
    const { db } = target;
    expect(await linkAppResident(db, cipher, { userId: '8411111', appUserId: undefined, now: at(0) })).toBe(false);
    expect(await linkAppResident(db, cipher, { userId: '8411111', appUserId: 'app-never', now: at(0) })).toBe(false);
  });
});
