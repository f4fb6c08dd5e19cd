/**
 * Every failed console request as one error type: the server's stable code and its Vietnamese
 * message, or our own code and message when no usable answer arrived.
 */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'BAD_RESPONSE';

export class ConsoleApiError extends Error {
  constructor(
    readonly code: ClientErrorCode | (string & {}),
    /** HTTP status, or null when no answer arrived. */
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}

export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof ConsoleApiError && error.status === status;
}
