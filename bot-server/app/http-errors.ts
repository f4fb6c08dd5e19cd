/**
 * Errors with stable codes, declared once. The error handler turns them into
 * `{ error: { code, message, messageEn } }`; 5xx never leak internals.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly messageEn?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends HttpError {
  constructor(code: string, message: string, messageEn?: string) {
    super(404, code, message, messageEn);
  }
}

export class UnauthorizedError extends HttpError {
  constructor(code: string, message: string, messageEn?: string) {
    super(401, code, message, messageEn);
  }
}

export class BadRequestError extends HttpError {
  constructor(code: string, message: string, messageEn?: string) {
    super(400, code, message, messageEn);
  }
}
