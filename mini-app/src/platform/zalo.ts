/**
 * The only module that talks to zmp-sdk. It is loaded on first use (its own chunk, outside the
 * initial bundle) and every call is wrapped: results are narrowed, failures become null, so the
 * rest of the app runs the same in Zalo, in a desktop browser and in tests.
 *
 * Identity: inside Zalo `getAccessToken()` gives the resident's token. On `localhost` zmp-sdk
 * mocks itself and returns an empty token, so a `simUserToken` query parameter (kept in
 * storage after the first load) stands in; bot-server checks every token against Zalo's Graph
 * API (a local fake in simulator mode), so this fallback grants nothing in production.
 */
import type * as ZmpSdk from 'zmp-sdk/apis';
import { isRecord } from '../lib/is-record';
import { readStored, writeStored } from '../lib/stored-value';

type Sdk = typeof ZmpSdk;

const SIM_TOKEN_KEY = 'dvc.simUserToken';
let sdkPromise: Promise<Sdk | null> | undefined;

function sdk(): Promise<Sdk | null> {
  sdkPromise ??= import('zmp-sdk/apis').then(
    (module) => module,
    () => null,
  );
  return sdkPromise;
}

/** Keeps a `?simUserToken=` from the address bar for the next visits (desktop development). */
export function rememberSimulatorToken(search: string = globalThis.location?.search ?? ''): void {
  const token = new URLSearchParams(search).get('simUserToken');
  if (token) writeStored(SIM_TOKEN_KEY, token);
}

/** The resident's Zalo access token, the simulator token outside Zalo, or '' when neither exists. */
export async function residentToken(): Promise<string> {
  const zmp = await sdk();
  try {
    const token: unknown = zmp ? await zmp.getAccessToken() : '';
    if (typeof token === 'string' && token !== '') return token;
  } catch {
    // Outside Zalo (not localhost) the SDK refuses; fall back below.
  }
  return readStored(SIM_TOKEN_KEY) ?? '';
}

/** The resident's Zalo display name; Zalo asks them first. Null when refused or unavailable. */
export async function zaloDisplayName(): Promise<string | null> {
  const zmp = await sdk();
  try {
    const result: unknown = await zmp?.getUserInfo({ autoRequestPermission: true });
    const info = isRecord(result) && isRecord(result.userInfo) ? result.userInfo : undefined;
    return typeof info?.name === 'string' && info.name.trim() !== '' ? info.name.trim() : null;
  } catch {
    return null;
  }
}

/** A single-use token (2 minutes) the server exchanges for the phone number; Zalo asks first. */
export async function zaloPhoneToken(): Promise<string | null> {
  const zmp = await sdk();
  try {
    const result: unknown = await zmp?.getPhoneNumber();
    if (isRecord(result) && typeof result.token === 'string' && result.token !== '') return result.token;
  } catch {
    // Refused, or outside Zalo: see below.
  }
  return simulatorPhoneToken();
}

/**
 * Outside Zalo the SDK gives no phone token; bot-server's simulator hands one out for its own
 * simulated residents (the route exists only in simulator mode, and the token is only good there).
 */
async function simulatorPhoneToken(): Promise<string | null> {
  const userToken = readStored(SIM_TOKEN_KEY);
  if (!userToken) return null;
  try {
    const response = await fetch(`${import.meta.env.VITE_API_BASE ?? ''}/simulator/api/phone-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userToken }),
    });
    const body: unknown = response.ok ? await response.json() : null;
    return isRecord(body) && typeof body.phoneToken === 'string' ? body.phoneToken : null;
  } catch {
    return null;
  }
}

/** Opens the Official Account's chat with a prefilled message. False when it could not open. */
export async function openOfficialChat(oaId: string, message: string): Promise<boolean> {
  const zmp = await sdk();
  if (!zmp) return false;
  try {
    await zmp.openChat({ type: 'oa', id: oaId, message });
    return true;
  } catch {
    return false;
  }
}
