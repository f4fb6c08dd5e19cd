/**
 * For every flow procedure in the catalog: a resident types its name without diacritics, checks
 * eligibility answering as people type, and (where filing is offered) consents, fills the filing
 * fields, confirms the review page and gets a receipt — all through the chat conversation layer.
 */
import { describe, expect, it } from 'vitest';
import { realCatalog, morningOf } from '../support/real-catalog';
import { ChatTranscript, chatContext } from '../support/chat-transcript';
import { sampleFieldValue, typedAnswer } from '../support/typed-answers';
import { procedureIndex } from '../../shared/engine/procedure-index';
import { foldDiacritics } from '../../shared/text/fold-vietnamese';
import { latestVersions } from '../support/latest-versions';

const { procedures, scenarios } = realCatalog();

for (const procedure of latestVersions(procedures).filter((p) => p.kind === 'flow')) {
  const scenario = scenarios.flatMap((s) => (s.content.procedure === procedure.id ? s.content.scenarios : [])).find((s) => s.expect.eligibility === 'eligible');
  describe(`chat: ${procedure.id}`, () => {
    it('finds the procedure, checks eligibility, and files or explains what to bring', () => {
      if (!scenario) throw new Error(`${procedure.id} has no eligible scenario`);
      const chat = new ChatTranscript(chatContext({ now: morningOf(scenario.today) }));
      let reply = chat.send(foldDiacritics(procedure.name.vi).toLowerCase());
      if (chat.state?.mode === 'choosing') reply = chat.send(String((chat.state.choices.indexOf(procedure.id) ?? -1) + 1));
      expect(reply).toContain(procedure.name.vi);
      expect(reply).toMatch(/Kiểm tra điều kiện/);

      reply = chat.send('1');
      const byId = procedureIndex(procedure).byId;
      for (let turn = 0; chat.state?.session?.stage === 'questions'; turn += 1) {
        const question = byId.get(chat.state.session.current ?? '')?.question;
        if (!question || turn > 30) throw new Error(`stuck in questions at ${question?.id}: ${reply}`);
        expect(reply).toContain(question.prompt.vi);
        reply = chat.send(typedAnswer(question, scenario.answers[question.id]));
      }
      expect(reply).toContain('✅ Bạn đủ điều kiện');
      expect(reply).toContain('Giấy tờ cần chuẩn bị');
      expect(reply).toMatch(/Lệ phí/);

      if (!procedure.filing) {
        expect(reply).toMatch(/mang đủ giấy tờ/);
        return;
      }
      reply = chat.send('1');
      expect(reply).toContain(procedure.filing.consent.text.vi);
      reply = chat.send('đồng ý');
      expect(chat.effects.some((e) => e.type === 'recordConsent')).toBe(true);
      for (let turn = 0; chat.state?.session?.stage === 'filing'; turn += 1) {
        const session = chat.state.session;
        const question = byId.get(session.current ?? '')?.question;
        if (!question || turn > 40) throw new Error('stuck in filing');
        expect(reply).toContain(question.prompt.vi);
        reply = chat.send(sampleFieldValue(question, session.answers));
        expect(reply, `answer to ${question.id} refused`).not.toContain('⚠️');
      }
      expect(reply).toContain('Vui lòng kiểm tra lại thông tin');
      reply = chat.send('xác nhận');
      expect(reply).toContain('Mã hồ sơ: 5GHB-4875-3');
      expect(chat.effects.filter((e) => e.type === 'submitFiling')).toHaveLength(1);
      expect(chat.state?.mode).toBe('idle');
    });
  });
}
