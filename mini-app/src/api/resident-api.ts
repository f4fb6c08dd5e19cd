/**
 * Resident endpoints used by more than one feature (contracts in shared/api/mini-app-api-schemas.ts):
 * drafts (home lists them, the wizard runs them), the phone number, and the handoff to an official.
 */
import type { DraftEventRequest, DraftResponse, DraftSummary, HandoffRequest, HandoffResponse, PhoneRequest, PhoneResponse } from '../../../shared/api/mini-app-api-schemas';
import { apiRequest } from './api-client';
import { isApiError } from './api-error';
import { expectShape } from './expect-shape';

const draftShape = expectShape<DraftResponse>({ session: 'object', outputs: 'array' });
const draftPath = (procedureId: string): string => `/api/me/drafts/${encodeURIComponent(procedureId)}`;

export async function listDrafts(signal?: AbortSignal): Promise<DraftSummary[]> {
  const body = await apiRequest('/api/me/drafts', expectShape<{ items: DraftSummary[] }>({ items: 'array' }), { signal });
  return body.items;
}

/** The stored draft, or null when there is none (404 DRAFT_NOT_FOUND). */
export async function getDraft(procedureId: string, signal?: AbortSignal): Promise<DraftResponse | null> {
  try {
    return await apiRequest(draftPath(procedureId), draftShape, { signal });
  } catch (error) {
    if (isApiError(error) && error.code === 'DRAFT_NOT_FOUND') return null;
    throw error;
  }
}

/** One engine event; the server runs it on its copy (authoritative) and answers with the result. */
export function postDraftEvent(procedureId: string, request: DraftEventRequest, signal?: AbortSignal): Promise<DraftResponse> {
  return apiRequest(`${draftPath(procedureId)}/events`, draftShape, { method: 'POST', body: request, signal, timeoutMs: 20_000 });
}

/** Exchanges zmp-sdk's single-use phone token for the number (the app secret stays on the server). */
export async function exchangePhoneToken(phoneToken: string): Promise<string> {
  const request: PhoneRequest = { phoneToken };
  const body = await apiRequest('/api/me/phone', expectShape<PhoneResponse>({ phone: 'string' }), { method: 'POST', body: request });
  return body.phone;
}

/** Tells the officials; answers with the Official Account whose chat to open. */
export function requestHandoff(request: HandoffRequest): Promise<HandoffResponse> {
  return apiRequest('/api/me/handoff', expectShape<HandoffResponse>({ oaId: 'string' }), { method: 'POST', body: request });
}
