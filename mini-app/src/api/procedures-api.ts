/** The public procedure endpoints (contracts in shared/api/procedure-api-schemas.ts). */
import type { ProcedureDetailResponse, ProcedureSummary } from '../../../shared/api/procedure-api-schemas';
import type { ProcedureDefinitionResponse } from '../../../shared/api/mini-app-api-schemas';
import { apiRequest } from './api-client';
import { expectShape } from './expect-shape';

const listShape = expectShape<{ items: ProcedureSummary[] }>({ items: 'array' });

let warmList: Promise<ProcedureSummary[]> | undefined;

/**
 * Asks for the home screen's list as soon as the app's code runs, in parallel with React's first
 * render: on a slow link that saves a whole round trip. Used once; a retry asks afresh.
 */
export function prefetchProcedureList(): void {
  warmList = fetchProcedures(undefined);
  warmList.catch(() => undefined); // a failure is shown (with a retry) by the screen that uses it
}

/** Best match first; without `q`, the whole list. The server folds diacritics and shorthand. */
export function listProcedures(q: string | undefined, signal?: AbortSignal): Promise<ProcedureSummary[]> {
  const warm = q ? undefined : warmList;
  warmList = undefined;
  return warm ?? fetchProcedures(q, signal);
}

async function fetchProcedures(q: string | undefined, signal?: AbortSignal): Promise<ProcedureSummary[]> {
  const query = new URLSearchParams({ limit: q ? '10' : '50' });
  if (q) query.set('q', q);
  const body = await apiRequest(`/api/procedures?${query.toString()}`, listShape, { signal });
  return body.items;
}

export function getProcedure(id: string, signal?: AbortSignal): Promise<ProcedureDetailResponse> {
  return apiRequest(`/api/procedures/${encodeURIComponent(id)}`, expectShape<ProcedureDetailResponse>({ procedure: 'object' }), { signal });
}

/** The parsed procedure (the version in force, or the one a draft is pinned to), to run the shared engine on the phone. */
export function getProcedureDefinition(id: string, signal?: AbortSignal, version?: number): Promise<ProcedureDefinitionResponse> {
  const query = version === undefined ? '' : `?version=${version}`;
  return apiRequest(`/api/procedures/${encodeURIComponent(id)}/definition${query}`, expectShape<ProcedureDefinitionResponse>({ procedure: 'object' }), { signal });
}
