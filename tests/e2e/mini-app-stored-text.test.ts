/**
 * Hostile text a resident or an official stored is shown inert in the built Mini App (headless
 * Chromium, real bot-server): an address answer carrying an <img onerror> payload, right-to-left
 * override and zero-width characters, and an official's note with a <script>, on the filing page.
 * They read as the characters typed; no element is made of them and nothing runs.
 */
import { describe, expect, it } from 'vitest';
import type { DraftResponse } from '../../shared/api/mini-app-api-schemas';
import type { AnswerValue, EngineEvent } from '../../shared/engine/engine-types';
import { procedureIndex } from '../../shared/engine/procedure-index';
import { changeFilingStatus } from '../../bot-server/storage/filing-queue-store';
import { procedureById } from '../support/engine-fixtures';
import { morningOf } from '../support/real-catalog';
import { sampleFieldValue } from '../support/typed-answers';
import { eligibleScenario } from '../bot-server/resident-api/run-through-app';
import { heading, openApp, screen, settled, useMiniAppHarness, type MiniAppHarness } from './support/mini-app-harness';

const PROCEDURE = 'temporary-residence';
const ADDRESS = '<img src=x onerror="window.__pwned=1">\u202E12 Lê\u200B Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh';
const NOTE = '<script>window.__pwned=2</script><b>Bổ sung</b> hợp đồng thuê nhà \u200F(مرحبا)';

const harness = useMiniAppHarness();

/** Files the procedure through the resident API as the app would, with the hostile address; returns the reference. */
async function fileWithHostileAddress(app: MiniAppHarness, userToken: string): Promise<string> {
  const send = async (event: EngineEvent, base: DraftResponse | null): Promise<DraftResponse> => {
    const response = await fetch(`${app.server.baseUrl}/api/me/drafts/${PROCEDURE}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zalo-access-token': userToken },
      body: JSON.stringify({ event, eventId: crypto.randomUUID(), baseUpdatedAt: base?.session.updatedAt ?? null }),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`event ${event.type} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as DraftResponse;
  };
  const scenario = eligibleScenario(PROCEDURE);
  const byId = procedureIndex(procedureById(PROCEDURE)).byId;
  const { services } = app.server.app;
  const clock = services.clock;
  services.clock = () => new Date(morningOf(scenario.today)); // the day the scenario's answers were written for
  try {
    let last = await send({ type: 'start' }, null);
    for (let guard = 0; last.session.stage === 'questions' && guard < 40; guard += 1) {
      last = await send({ type: 'answer', value: scenario.answers[last.session.current ?? ''] as AnswerValue }, last);
    }
    last = await send({ type: 'startFiling' }, last);
    last = await send({ type: 'consent', accepted: true }, last);
    for (let guard = 0; last.session.stage === 'filing' && guard < 40; guard += 1) {
      const question = byId.get(last.session.current ?? '')?.question;
      if (!question) throw new Error('no current field');
      last = await send({ type: 'answer', value: question.type === 'address' ? ADDRESS : sampleFieldValue(question, last.session.answers) }, last);
    }
    last = await send({ type: 'confirm' }, last);
    return last.session.reference ?? '';
  } finally {
    services.clock = clock;
  }
}

describe('Mini App: stored hostile text', () => {
  it('shows an address answer and an official\'s note as plain text, and runs nothing', async () => {
    const { page, context, userToken } = await openApp(harness(), '3300201');
    const reference = await fileWithHostileAddress(harness(), userToken);
    const { db, cipher, clock } = harness().server.app.services;
    expect(await changeFilingStatus(db, { reference, from: 'received', to: 'moreInfoNeeded', sealedNote: cipher.seal(NOTE), at: clock().toISOString() })).toBe(true);

    await screen(page).getByRole('button', { name: /^Hồ sơ của tôi/ }).click();
    await heading(page, 'Hồ sơ của tôi');
    await settled(page);
    await screen(page).getByRole('button', { name: /^Đăng ký tạm trú/ }).click();
    await heading(page, 'Đăng ký tạm trú');
    const answers = screen(page).getByRole('region', { name: 'Thông tin đã khai' });
    await answers.waitFor();

    // The characters as typed (the server drops zero-width ones from answers; the direction override stays, as text)…
    expect(await answers.textContent()).toContain(ADDRESS.replace('\u200B', ''));
    expect(await screen(page).getByRole('region', { name: 'Tiến trình hồ sơ' }).textContent()).toContain(NOTE);
    // …and nothing made of them.
    expect(await page.locator('img[src="x"], script:not([src]), b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
  }, 90_000);
});
