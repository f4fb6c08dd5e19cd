// @vitest-environment jsdom
/**
 * Answers are saved in the background and never lost: offline answers move the screen on at
 * once, wait on the phone (even across closing the app) and reach the server in order; a draft
 * changed in the chat meanwhile is adopted; a draft started in the chat is resumed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { Session } from '../../shared/engine/engine-types';
import { step } from '../../shared/engine/step';
import { procedureById } from '../support/engine-fixtures';
import { createFakeServer } from './support/fake-server';
import { renderApp } from './support/render-app';
import { BIRTH_FLOW, chooseAndContinue } from './support/wizard-steps';

afterEach(cleanup);

const unsentOnPhone = (): unknown[] => {
  const stored = localStorage.getItem('dvc.flow.birth-registration');
  return stored ? (JSON.parse(stored) as { unsent: unknown[] }).unsent : [];
};

describe('saving answers', () => {
  it('keeps going offline, shows "Chưa lưu được – thử lại", and loses nothing', async () => {
    const { user, server } = renderApp({ flowPath: BIRTH_FLOW });
    await screen.findByText('Đã lưu');
    server.offline = true;
    await chooseAndContinue(user, 'Không');
    expect(await screen.findByText('Câu 2/5')).toBeTruthy();
    await chooseAndContinue(user, 'Không');
    expect(await screen.findByText('Câu 3/5')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Chưa lưu được – thử lại' })).toBeTruthy();
    expect(unsentOnPhone()).toHaveLength(2);

    // The resident closes the app and opens it again, still offline: the flow is where they left it.
    cleanup();
    const { user: again } = renderApp({ server, flowPath: BIRTH_FLOW, keepStorage: true });
    expect(await screen.findByText('Câu 3/5')).toBeTruthy();

    server.offline = false;
    await again.click(await screen.findByRole('button', { name: 'Chưa lưu được – thử lại' }));
    expect(await screen.findByText('Đã lưu')).toBeTruthy();
    expect(server.drafts.get('birth-registration')?.answers).toEqual({ registered_before: false, foreign_element: false });
    expect(unsentOnPhone()).toHaveLength(0);
    const answers = server.eventCalls().filter((request) => request.event.type === 'answer');
    expect(new Set(answers.map((request) => request.eventId)).size).toBe(2);
  });

  it("adopts the server's draft when it changed in the chat meanwhile (409 DRAFT_CHANGED)", async () => {
    const { user, server } = renderApp({ flowPath: BIRTH_FLOW });
    await screen.findByText('Đã lưu');
    // Meanwhile, in the OA chat, the resident answered two questions.
    const procedure = procedureById('birth-registration');
    let session = server.drafts.get('birth-registration') as Session;
    for (const value of [false, false]) session = step(procedure, session, { type: 'answer', value }, { now: new Date(Date.now() + 1000).toISOString() }).session;
    server.drafts.set('birth-registration', session);

    await chooseAndContinue(user, 'Có');
    expect(await screen.findByText(/vừa được cập nhật ở nơi khác/)).toBeTruthy();
    expect(await screen.findByText('Câu 3/5')).toBeTruthy();
  });

  it('resumes a draft started in the OA chat where it stands', async () => {
    const server = createFakeServer();
    const procedure = procedureById('birth-registration');
    let { session } = step(procedure, undefined, { type: 'start' }, { now: new Date().toISOString() });
    session = step(procedure, session, { type: 'answer', value: 'không' }, { now: new Date().toISOString() }).session;
    server.drafts.set('birth-registration', session);
    renderApp({ server, flowPath: BIRTH_FLOW });
    expect(await screen.findByText('Câu 2/5')).toBeTruthy();
    expect(server.eventCalls()).toHaveLength(0);
  });
});
