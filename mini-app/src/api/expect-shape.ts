/**
 * Light checks of API answers at the edge. The contracts are zod schemas in shared/api, but
 * zod stays out of the app bundle, so the app checks only what it relies on to draw a screen
 * and trusts the server (which validates with zod) for the rest.
 */
import { ApiError } from './api-error';
import { isRecord } from '../lib/is-record';

function badResponse(): ApiError {
  return new ApiError('BAD_RESPONSE', null, 'Máy chủ trả lời không đúng dạng. Vui lòng thử lại sau.', 'The server sent an unexpected answer.');
}

/** An object whose listed fields are objects (`{}`) or arrays (`[]`). */
export function expectShape<T>(fields: Record<string, 'object' | 'array' | 'string'>): (body: unknown) => T {
  return (body) => {
    if (!isRecord(body)) throw badResponse();
    for (const [name, kind] of Object.entries(fields)) {
      const value = body[name];
      const ok = kind === 'array' ? Array.isArray(value) : kind === 'object' ? isRecord(value) : typeof value === 'string';
      if (!ok) throw badResponse();
    }
    return body as T;
  };
}

/** For answers with no body (204). */
export function expectNothing(): void {
  return undefined;
}
