/** Consents and deleting the resident's data (contracts in shared/api/mini-app-api-schemas.ts). */
import type { ConsentListResponse } from '../../../../shared/api/mini-app-api-schemas';
import { apiRequest } from '../../api/api-client';
import { expectNothing, expectShape } from '../../api/expect-shape';

export type ConsentRecord = ConsentListResponse['items'][number];

export async function listConsents(signal?: AbortSignal): Promise<ConsentRecord[]> {
  const body = await apiRequest('/api/me/consents', expectShape<ConsentListResponse>({ items: 'array' }), { signal });
  return body.items;
}

export function withdrawConsent(id: number): Promise<void> {
  return apiRequest(`/api/me/consents/${id}/withdraw`, expectNothing, { method: 'POST' });
}

export function deleteMyData(): Promise<void> {
  return apiRequest('/api/me', expectNothing, { method: 'DELETE' });
}
