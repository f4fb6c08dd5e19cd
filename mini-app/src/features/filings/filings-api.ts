/** The resident's filings (contracts in shared/api/mini-app-api-schemas.ts). */
import type { FilingDetailResponse, FilingRatingRequest, FilingSummary } from '../../../../shared/api/mini-app-api-schemas';
import { apiRequest } from '../../api/api-client';
import { expectNothing, expectShape } from '../../api/expect-shape';

const filingPath = (reference: string): string => `/api/me/filings/${encodeURIComponent(reference)}`;

export async function listFilings(signal?: AbortSignal): Promise<FilingSummary[]> {
  const body = await apiRequest('/api/me/filings', expectShape<{ items: FilingSummary[] }>({ items: 'array' }), { signal });
  return body.items;
}

export function getFiling(reference: string, signal?: AbortSignal): Promise<FilingDetailResponse> {
  return apiRequest(filingPath(reference), expectShape<FilingDetailResponse>({ filing: 'object', timeline: 'array' }), { signal });
}

export function rateFiling(reference: string, rating: FilingRatingRequest): Promise<void> {
  return apiRequest(`${filingPath(reference)}/rating`, expectNothing, { method: 'POST', body: rating });
}
