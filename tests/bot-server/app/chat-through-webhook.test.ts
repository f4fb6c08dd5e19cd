/**
 * Residents chat with the OA through the real path: signed webhook → inbox → conversation →
 * outbox → OA client → (fake) Zalo. One resident per flow procedure, from "xin chào" to a
 * receipt (or to the documents list where filing is not offered here), then "tra cứu <mã>".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server';
import { realCatalog, morningOf } from '../../support/real-catalog';
import { sampleFieldValue, typedAnswer } from '../../support/typed-answers';
import { procedureIndex } from '../../../shared/engine/procedure-index';
import type { ConversationState } from '../../../shared/conversation/conversation-types';
import { loadConversationState } from '../../../bot-server/storage/conversation-store';

let server: TestServer;
beforeAll(async () => {
  // Tests type far faster than people: lift the per-resident flood limit here (tested on its own).
  server = await startTestServer({}, { residentBurst: { windowMs: 10_000, max: 10_000 } });
});
afterAll(() => server.close());

async function stateOf(userId: string): Promise<ConversationState> {
  const sealed = await loadConversationState(server.app.services.db, userId);
  if (!sealed) throw new Error('no conversation stored');
  return JSON.parse(server.app.services.cipher.open(sealed)) as ConversationState;
}

const turn = (userId: string, text: string) => server.turn(userId, text);

const { procedures, scenarios } = realCatalog();
const flows = procedures.filter((p) => p.kind === 'flow');

describe('chat through the real webhook', () => {
  flows.forEach((procedure, index) => {
    const scenario = scenarios.flatMap((s) => (s.content.procedure === procedure.id ? s.content.scenarios : [])).find((s) => s.expect.eligibility === 'eligible' && s.today <= '2026-12-31');
    it(`${procedure.id}: from a question to a result${procedure.filing ? ' and a filing' : ''}`, async () => {
      if (!scenario) throw new Error('no eligible scenario');
      // Today is the scenario's day, so its dates mean what they meant when written.
      server.app.services.clock = () => new Date(morningOf(scenario.today));
      const userId = `84${String(1000000000000000 + index)}`;
      let reply = await turn(userId, procedure.name.vi);
      if ((await stateOf(userId)).mode === 'choosing') reply = await turn(userId, String((await stateOf(userId)).choices.indexOf(procedure.id) + 1));
      expect(reply).toContain(procedure.name.vi);
      reply = await turn(userId, '1');
      const byId = procedureIndex(procedure).byId;
      for (let guard = 0; (await stateOf(userId)).session?.stage === 'questions' && guard < 30; guard += 1) {
        const question = byId.get((await stateOf(userId)).session?.current ?? '')?.question;
        if (!question) throw new Error('no current question');
        reply = await turn(userId, typedAnswer(question, scenario.answers[question.id]));
      }
      expect(reply).toContain('Bạn đủ điều kiện');
      if (!procedure.filing) return;
      await turn(userId, '1');
      await turn(userId, 'đồng ý');
      for (let guard = 0; (await stateOf(userId)).session?.stage === 'filing' && guard < 40; guard += 1) {
        const session = (await stateOf(userId)).session;
        const question = byId.get(session?.current ?? '')?.question;
        if (!question || !session) throw new Error('no current field');
        reply = await turn(userId, sampleFieldValue(question, session.answers));
        expect(reply, question.id).not.toContain('⚠️');
      }
      expect(reply).toContain('Vui lòng kiểm tra lại thông tin');
      const receipt = await turn(userId, 'xác nhận');
      const reference = /Mã hồ sơ: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z])/.exec(receipt)?.[1];
      expect(reference).toBeDefined();
      const status = await turn(userId, `tra cứu ${reference}`);
      expect(status).toContain('Tình trạng: Đã tiếp nhận');
      const filing = await server.app.services.db.selectFrom('filings').selectAll().where('reference', '=', reference ?? '').executeTakeFirstOrThrow();
      expect(filing.procedure_id).toBe(procedure.id);
      // Personal answers are sealed at rest: no citizen ID or phone number in clear text.
      expect(filing.answers).not.toMatch(/\d{9,}/);
    }, 30_000);
  });
});
