/**
 * Every failure of a request, as one error type with a stable code: the server's own codes
 * (`PROCEDURE_NOT_FOUND`, `DRAFT_CHANGED`…) or ours for what never reached it.
 */
import type { MiniAppErrorCode } from '../../../shared/api/mini-app-api-schemas';

export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE';

export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode | MiniAppErrorCode | (string & {}),
    /** HTTP status, or null when no answer arrived. */
    readonly status: number | null,
    message: string,
    readonly messageEn?: string,
    /** The parsed error body, for errors that carry data (a 409 carries the server's draft). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying again: the network, a timeout, a busy or failing server. */
  get retryable(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
