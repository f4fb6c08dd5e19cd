/**
 * One request to `/api/console`: same origin (the session cookie goes along by itself), the CSRF
 * token on every POST and PUT, a timeout, and the answer parsed with its shared zod schema, so the screens
 * can trust what they get. Failures become a ConsoleApiError with a Vietnamese message.
 */
import type { z } from 'zod';
import { apiErrorSchema } from '../../../../shared/api/procedure-api-schemas';
import { CSRF_HEADER } from '../../../../shared/api/console-api-schemas';
import { ConsoleApiError } from './console-api-error';
import { csrfToken } from './csrf-token';
import { abortable } from '../lib/abortable';

const TIMEOUT_MS = 15_000;

const MESSAGES = {
  network: 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.',
  timeout: 'Máy chủ chưa trả lời. Hãy thử lại sau ít phút.',
  badResponse: 'Máy chủ trả lời không đúng định dạng. Hãy tải lại trang; nếu vẫn lỗi, hãy báo quản trị viên.',
  failed: 'Máy chủ đang gặp sự cố. Hãy thử lại sau ít phút.',
};

interface RequestOptions {
  body?: unknown;
  /** Cancels the request when its screen goes away (react-query passes one). */
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ConsoleApiError('BAD_RESPONSE', response.status, MESSAGES.badResponse);
  }
}

interface Answer {
  status: number;
  body: unknown;
}

type Method = 'GET' | 'POST' | 'PUT';

async function send(method: Method, path: string, options: RequestOptions): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token) headers[CSRF_HEADER] = token;
  const abort = abortable(options.signal, TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: abort.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (abort.timedOut()) throw new ConsoleApiError('TIMEOUT', null, MESSAGES.timeout);
      throw new ConsoleApiError('NETWORK', null, MESSAGES.network);
    }
    const body = await readJson(response);
    if (response.ok) return { status: response.status, body };
    const parsed = apiErrorSchema.safeParse(body);
    if (parsed.success) throw new ConsoleApiError(parsed.data.error.code, response.status, parsed.data.error.message);
    throw new ConsoleApiError(`HTTP_${response.status}`, response.status, MESSAGES.failed);
  } finally {
    abort.done();
  }
}

function parsedWith<T>(schema: z.ZodType<T>, answer: Answer): T {
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) throw new ConsoleApiError('BAD_RESPONSE', answer.status, MESSAGES.badResponse);
  return parsed.data;
}

export async function consoleGet<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  return parsedWith(schema, await send('GET', path, { signal }));
}

/** A state-changing request; `schema` null for routes that answer 204 with no body. */
export async function consolePost<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T>;
export async function consolePost(path: string, schema: null, body?: unknown): Promise<void>;
export async function consolePost<T>(path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T | void> {
  const answer = await send('POST', path, { body });
  if (schema) return parsedWith(schema, answer);
}

/** Replaces a setting (office hours, canned replies); answers with the setting as now stored. */
export async function consolePut<T>(path: string, schema: z.ZodType<T>, body: unknown): Promise<T> {
  return parsedWith(schema, await send('PUT', path, { body }));
}
