/**
 * Residents' side of the console's browser tests, on the console harness's own server: a resident
 * files a birth registration through the chat (signed webhooks, typed as residents do), and the
 * same resident opens the Mini App in a phone-sized browser (the simulator's token for that Zalo id).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openApp, type OpenedApp } from './mini-app-harness';
import { daysAgo } from './mini-app-steps';
import type { ConsoleHarness } from './console-harness';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A birth registration typed as residents do (tests/support/birth-filing-chat.ts), up to the review
 * page. The server runs on the real clock, so the child was born 10 days ago: registered within 60
 * days, with no late-registration question.
 */
function birthChat(): string[] {
  const born = daysAgo(10).split('-').reverse().join('/');
  return ['đăng ký khai sinh', '1', 'không', 'không', 'cha', born, '1', '1', 'đồng ý', 'Nguyễn Hoàng Nam', 'nam', 'Trần Thị Mai', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'];
}

/** The child's date of birth as the review page shows it. */
export const BIRTH_DATE_SHOWN = (): string => daysAgo(10).split('-').reverse().join('/');

/** Files a birth registration through the chat and confirms it; returns the reference from the receipt. */
export async function fileBirthThroughChat(harness: ConsoleHarness, resident: string): Promise<string> {
  for (const text of birthChat()) await harness.server.turn(resident, text);
  const receipt = await harness.server.turn(resident, 'xác nhận');
  const reference = /Mã hồ sơ: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z])/.exec(receipt)?.[1];
  if (!reference) throw new Error(`no receipt: ${receipt}`);
  return reference;
}

/** Builds www/ when it is missing or stale (the script locks against parallel test files). */
function ensureMiniAppBuilt(): void {
  const build = spawnSync(process.execPath, ['mini-app/tools/build-if-stale.mjs', 'mini-app'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the Mini App failed (node mini-app/tools/build-if-stale.mjs mini-app):\n${build.stdout}\n${build.stderr}`);
}

/** The Mini App as this chat resident, on the console harness's server (zmp-sdk wants a host named localhost). */
export async function openMiniAppAs(harness: ConsoleHarness, resident: string): Promise<OpenedApp> {
  ensureMiniAppBuilt();
  const { server, browser } = harness;
  // The console harness closes its own server and browser; this view of them closes nothing.
  return openApp({ server, browser, origin: server.baseUrl.replace('127.0.0.1', 'localhost'), close: async () => undefined }, resident);
}
