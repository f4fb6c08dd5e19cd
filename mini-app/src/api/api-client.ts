/**
 * `fetch` with a timeout, retries for idempotent reads, typed errors, and the resident's Zalo
 * token on every `/api/me…` request. The base URL is empty (same origin, as served by
 * bot-server under /mini-app/) unless `VITE_API_BASE` names the server (inside Zalo).
 */
import { ApiError } from './api-error';
import { residentToken } from '../platform/zalo';
import { isRecord } from '../lib/is-record';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  /** Abort from outside (a page closed); distinct from the timeout. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Extra attempts after a retryable failure; defaults to 2 for GET and 0 otherwise. */
  retries?: number;
}

const API_BASE: string = import.meta.env.VITE_API_BASE ?? '';
const DEFAULT_TIMEOUT_MS = 15_000;
const TOKEN_HEADER = 'X-Zalo-Access-Token';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function headersFor(path: string, hasBody: boolean): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasBody) headers['content-type'] = 'application/json';
  if (path.startsWith('/api/me')) {
    const token = await residentToken();
    if (token) headers[TOKEN_HEADER] = token;
  }
  return headers;
}

function errorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const message = typeof error?.message === 'string' ? error.message : 'Máy chủ trả lời lỗi. Vui lòng thử lại.';
  const messageEn = typeof error?.messageEn === 'string' ? error.messageEn : undefined;
  return new ApiError(code, status, message, messageEn, body);
}

async function once(path: string, options: RequestOptions): Promise<unknown> {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort);
  try {
    const hasBody = options.body !== undefined;
    const response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers: await headersFor(path, hasBody),
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: controller.signal,
    });
    const text = await response.text();
    let body: unknown = null;
    if (text !== '') {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        throw new ApiError('BAD_RESPONSE', response.status, 'Máy chủ trả lời không đúng dạng. Vui lòng thử lại.', 'The server sent an unreadable answer.');
      }
    }
    if (!response.ok) throw errorFromBody(response.status, body);
    return body;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (options.signal?.aborted) throw error;
    if (controller.signal.aborted) throw new ApiError('TIMEOUT', null, 'Mạng chậm, chưa nhận được trả lời. Vui lòng thử lại.', 'The network is slow; no answer yet. Please try again.');
    throw new ApiError('NETWORK', null, 'Không kết nối được. Hãy kiểm tra mạng rồi thử lại.', 'Could not connect. Check your connection and try again.');
  } finally {
    clearTimeout(timeout);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * One request; the answer goes through `parse` (a light shape check: zod stays out of the
 * bundle). Retryable failures of reads are tried again with a short back-off.
 */
export async function apiRequest<T>(path: string, parse: (body: unknown) => T, options: RequestOptions = {}): Promise<T> {
  const retries = options.retries ?? ((options.method ?? 'GET') === 'GET' ? 2 : 0);
  for (let attempt = 0; ; attempt += 1) {
    try {
      return parse(await once(path, options));
    } catch (error) {
      const again = error instanceof ApiError && error.retryable && attempt < retries && !options.signal?.aborted;
      if (!again) throw error;
      await wait(400 * 2 ** attempt);
    }
  }
}
