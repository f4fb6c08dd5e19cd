/**
 * One resident's realistic day with the real server (simulator mode, workers running, every log
 * line captured at `trace`): a birth registration filed through the signed webhook, a civil-status
 * extract filed in the Mini App with their phone number shared, an official reading both filings,
 * asking for more on the first with a reason quoting the citizen ID and deciding the second, the
 * resident rating it with a comment naming their phone number, and the official answering a
 * handoff in which the resident typed their citizen ID. What it returns is every secret a log
 * line or a database cell must not show.
 */
import { Writable } from 'node:stream';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { DraftResponse } from '../../../shared/api/mini-app-api-schemas';
import type { ConsoleSessionResponse } from '../../../shared/api/console-api-schemas';
import type { HandoffListResponse } from '../../../shared/api/console-handoff-schemas';
import { procedureIndex } from '../../../shared/engine/procedure-index';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import { morningOf } from '../../support/real-catalog';
import { procedureById } from '../../support/engine-fixtures';
import { sampleFieldValue } from '../../support/typed-answers';
import { startResidentApiServer, type MiniAppUser, type ResidentApiServer } from '../resident-api/resident-api-harness';
import { answerEligibility, eligibleScenario, sendOk } from '../resident-api/run-through-app';

export const CITIZEN_ID = '001190012345';
/** How residents and officials write it: in groups, with spaces, dots or dashes. */
export const CITIZEN_ID_FORMS = [CITIZEN_ID, '0011 9001 2345', '001 190 012 345', '0011.9001.2345', '001.190.012.345', '001-190-012-345'];
export const PHONE_FORMS = ['0912345678', '0912 345 678', '0912.345.678', '84912345678', '+84912345678'];
/** Other answers that are nobody else's business. */
export const PERSONAL_WORDS = ['Trần Thị Mai', 'Nguyễn Hoàng Nam', '12 Lê Lợi'];
/** The official's reason for asking for more on the chat filing: shown to the resident, kept with the filing. */
export const MORE_INFO_REASON = 'Dạ, số CCCD 0011 9001 2345 của chị Trần Thị Mai chưa khớp với giấy chứng sinh, chị vui lòng bổ sung ạ.';

const PASSWORD = 'mùa thu Hà Nội 2026';
const APP_PROCEDURE = 'civil-status-extract-copy';

export interface PersonalDataRun {
  server: ResidentApiServer;
  logs: string[];
  userId: string;
  user: MiniAppUser;
  /** Access tokens, session cookie, CSRF token, phone token, password: none may be logged. */
  tokens: string[];
  references: string[];
  /** Sends a text and waits until the inbox and outbox have nothing left of it (the chat may be with an official). */
  sayAndSettle(text: string): Promise<void>;
}

interface StaffSession {
  cookie: string;
  csrfToken: string;
}

function consoleCall(server: ResidentApiServer, session: StaffSession, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> {
  return server.app.inject({ method, url, headers: { 'x-csrf-token': session.csrfToken }, cookies: { dvc_console: session.cookie }, ...(payload ? { payload } : {}) });
}

async function signIn(server: ResidentApiServer, username: string): Promise<StaffSession> {
  const response = await server.app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username, password: PASSWORD } });
  const cookie = response.cookies.find((c) => c.name === 'dvc_console');
  if (response.statusCode !== 200 || !cookie) throw new Error(`sign-in answered ${response.statusCode}`);
  return { cookie: cookie.value, csrfToken: (response.json() as ConsoleSessionResponse).csrfToken };
}

/** A birth registration through the chat, every answer typed as residents type them; returns the reference. */
async function fileBirthInChat(server: ResidentApiServer, userId: string): Promise<string> {
  await server.turn(userId, 'đăng ký khai sinh');
  for (const text of ['1', 'không', 'không', 'cha', '01/03/2026', '1', '1', 'đồng ý', 'Nguyễn Hoàng Nam', 'nam', 'Trần Thị Mai', CITIZEN_ID, '0912345678']) await server.turn(userId, text);
  expect(await server.turn(userId, '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh')).toContain('Vui lòng kiểm tra lại thông tin');
  const receipt = await server.turn(userId, 'xác nhận');
  const reference = /Mã hồ sơ: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z])/.exec(receipt)?.[1];
  if (!reference) throw new Error(`no receipt: ${receipt}`);
  return reference;
}

/** A civil-status extract filed in the Mini App, with the citizen ID and phone typed in groups; returns the reference. */
async function fileInMiniApp(server: ResidentApiServer, user: MiniAppUser): Promise<string> {
  const byId = procedureIndex(procedureById(APP_PROCEDURE)).byId;
  const result = await answerEligibility(server, user, APP_PROCEDURE, eligibleScenario(APP_PROCEDURE).answers);
  let last: DraftResponse = await sendOk(server, user, APP_PROCEDURE, { type: 'startFiling' }, result.session);
  last = await sendOk(server, user, APP_PROCEDURE, { type: 'consent', accepted: true }, last.session);
  for (let guard = 0; last.session.stage === 'filing' && guard < 40; guard += 1) {
    const question = byId.get(last.session.current ?? '')?.question;
    if (!question) throw new Error('no current field');
    const value = question.type === 'citizenId' ? '0011 9001 2345' : question.type === 'phone' ? '0912.345.678' : question.id === 'requester_full_name' ? 'Trần Thị Mai' : sampleFieldValue(question, last.session.answers);
    last = await sendOk(server, user, APP_PROCEDURE, { type: 'answer', value }, last.session);
  }
  const submitted = await sendOk(server, user, APP_PROCEDURE, { type: 'confirm' }, last.session);
  if (!submitted.session.reference) throw new Error('the Mini App filing got no reference');
  return submitted.session.reference;
}

/** Waits until the resident has nothing left in the inbox or outbox (the bot may stay silent: the chat is with an official). */
async function settle(server: ResidentApiServer, userId: string): Promise<void> {
  const { db } = server.app.services;
  const busy = async () =>
    (await db.selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute()).length +
    (await db.selectFrom('outbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'sending']).execute()).length;
  const deadline = Date.now() + 10_000;
  while ((await busy()) > 0) {
    if (Date.now() > deadline) throw new Error("the resident's messages were not settled within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An official reads both filings, then answers the resident's handoff; returns the official's session. */
async function officialAtWork(server: ResidentApiServer, userId: string, references: readonly string[]): Promise<StaffSession> {
  const created = await createStaffAccount(server.app.services.db, { username: 'lan', displayName: 'Cán bộ Lan', role: 'official', communeCode: null, password: PASSWORD }, { now: new Date().toISOString(), actorId: null });
  if (!created.ok) throw created.error;
  const lan = await signIn(server, 'lan');
  expect((await consoleCall(server, lan, 'GET', '/api/console/filings')).statusCode).toBe(200);
  for (const reference of references) {
    const detail = await consoleCall(server, lan, 'GET', `/api/console/filings/${reference}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain(CITIZEN_ID); // the official does see it: the point is that nothing else does
  }
  const [chatReference = '', appReference = ''] = references;
  for (const status of ['processing', 'moreInfoNeeded']) {
    const changed = await consoleCall(server, lan, 'POST', `/api/console/filings/${chatReference}/status`, { status, ...(status === 'moreInfoNeeded' ? { reason: MORE_INFO_REASON } : {}) });
    expect(changed.statusCode, changed.body).toBe(200);
  }
  for (const status of ['processing', 'approved', 'resultReady']) expect((await consoleCall(server, lan, 'POST', `/api/console/filings/${appReference}/status`, { status })).statusCode).toBe(200);
  await settle(server, userId); // the Zalo notice with the reason has gone out

  expect(await server.turn(userId, 'gặp cán bộ')).toContain('chuyển cuộc trò chuyện cho cán bộ');
  expect(await server.say(userId, 'CCCD của tôi là 0011 9001 2345, điện thoại 0912.345.678, tên Trần Thị Mai')).toBe(200);
  await settle(server, userId);
  const handoffs = (await consoleCall(server, lan, 'GET', '/api/console/handoffs')).json() as HandoffListResponse;
  const handoff = handoffs.items.find((item) => item.userIdMasked === `…${userId.slice(-4)}`);
  if (!handoff) throw new Error('the handoff is not in the inbox');
  expect(handoff.lastMessages.map((m) => m.text).join('\n')).toContain('0011 9001 2345');
  const act = (action: string, payload?: object) => consoleCall(server, lan, 'POST', `/api/console/handoffs/${handoff.id}/${action}`, payload);
  expect((await act('claim')).statusCode).toBe(200);
  expect((await act('reply', { text: `Chị Mai, số ${CITIZEN_ID} và 0912 345 678 đúng rồi ạ.` })).statusCode).toBe(200);
  expect((await act('notes', { text: 'Đã đối chiếu CCCD 001.190.012.345 của chị Trần Thị Mai' })).statusCode).toBe(201);
  expect((await act('resolve')).statusCode).toBe(200);
  await settle(server, userId); // the rating question has gone out
  return lan;
}

async function liveTheDay(server: ResidentApiServer, logs: string[]): Promise<PersonalDataRun> {
  const userId = '8406000000000000001';
  const sayAndSettle = async (text: string) => {
    expect(await server.say(userId, text)).toBe(200);
    await settle(server, userId);
  };
  const chatReference = await fileBirthInChat(server, userId);

  const user = server.user({ chatUserId: userId, name: 'Trần Thị Mai' });
  const phoneToken = server.app.fakeZalo?.issuePhoneToken(user.token) ?? '';
  expect((await server.call(user, 'POST', '/api/me/phone', { phoneToken })).json()).toEqual({ phone: '0912345678' });
  const appReference = await fileInMiniApp(server, user);

  const lan = await officialAtWork(server, userId, [chatReference, appReference]);
  const rated = await server.call(user, 'POST', `/api/me/filings/${appReference}/rating`, { score: 4, comment: 'Chị Lan gọi 0912 345 678 nhắc tôi, cảm ơn chị' });
  expect(rated.statusCode, rated.body).toBe(204);
  await sayAndSettle('5'); // the resident rates the help
  const oaTokens = await server.app.services.db.selectFrom('oa_tokens').select(['access_token', 'refresh_token']).execute();
  return {
    server,
    logs,
    userId,
    user,
    tokens: [user.token, phoneToken, lan.cookie, lan.csrfToken, PASSWORD, ...oaTokens.flatMap((pair) => [pair.access_token, pair.refresh_token]), ...Object.values(server.config.zalo.seedTokens ?? {})],
    references: [chatReference, appReference],
    sayAndSettle,
  };
}

export async function runPersonalDataDay(dialect: 'sqlite' | 'postgres'): Promise<PersonalDataRun> {
  const logs: string[] = [];
  const logStream = new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) });
  // The scenarios' day; time moves on between requests, as it does for people.
  let tick = 0;
  const server = await startResidentApiServer({ dialect, workers: true, logStream, env: { LOG_LEVEL: 'trace' }, clock: () => new Date(Date.parse(morningOf('2026-03-03')) + 1000 * (tick += 1)) });
  try {
    return await liveTheDay(server, logs);
  } catch (error) {
    await server.close(); // and its PostgreSQL schema with it
    throw error;
  }
}
