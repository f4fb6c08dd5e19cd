// What each Zalo OpenAPI error code means and what the sender should do about it
// (reference/zalo-platform.md §2). Errors arrive as HTTP 200 with a non-zero `error` field.

export type ZaloErrorAction = 'refreshAndRetry' | 'backOff' | 'undeliverable' | 'stop' | 'bug' | 'alertAdmin' | 'reupload';

export type ZaloErrorEntry = { meaning: string; action: ZaloErrorAction };

/** The known codes. A table, not a switch, so a newly learned code is one line of data. */
export const zaloErrorCodes: Readonly<Record<number, ZaloErrorEntry>> = {
  [-216]: { meaning: 'access token invalid', action: 'refreshAndRetry' },
  [-220]: { meaning: 'access token expired', action: 'refreshAndRetry' },
  // Outside the interaction window: free 48 h, billable to 7 days, rejected after.
  [-230]: { meaning: 'resident has not interacted with the OA in the last 7 days', action: 'undeliverable' },
  [-232]: { meaning: 'resident outside the interaction window', action: 'undeliverable' },
  [-213]: { meaning: 'resident does not follow the OA', action: 'undeliverable' },
  [-201]: { meaning: 'a request field is invalid', action: 'bug' },
  [-240]: { meaning: 'v2 API shut down, use v3', action: 'bug' },
  [-32]: { meaning: 'rate limit exceeded', action: 'backOff' },
  [-211]: { meaning: 'out of quota', action: 'alertAdmin' },
  [-221]: { meaning: 'OA not verified', action: 'alertAdmin' },
  [-223]: { meaning: 'API not authorised for this OA', action: 'alertAdmin' },
  [-224]: { meaning: 'OA tier too low for this API', action: 'alertAdmin' },
  [-100]: { meaning: 'uploaded attachment expired', action: 'reupload' },
};

/** Codes we do not know: Zalo's list is not fully documented, so assume a temporary failure. */
const UNKNOWN_ZALO_ERROR: ZaloErrorEntry = { meaning: 'unknown Zalo error', action: 'backOff' };

export type ZaloErrorClass = ZaloErrorEntry & { code: number; known: boolean; retryable: boolean };

/**
 * Classifies a non-zero Zalo `error`. `known: false` tells the caller to log the code so the
 * table can learn it; `retryable` says whether sending the same thing later may work.
 */
export function classifyZaloError(code: number, table: Readonly<Record<number, ZaloErrorEntry>> = zaloErrorCodes): ZaloErrorClass {
  const entry = table[code];
  const { meaning, action } = entry ?? UNKNOWN_ZALO_ERROR;
  return { code, meaning, action, known: entry !== undefined, retryable: isRetryable(action) };
}

/** Only a token problem or a temporary overload can clear by itself. */
function isRetryable(action: ZaloErrorAction): boolean {
  return action === 'backOff' || action === 'refreshAndRetry';
}
