/**
 * Loads something over the network for a screen: loading, the data, or an error with `retry`.
 * A newer load (new key or retry) cancels the older one, so a slow answer never overwrites a
 * fresh one.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';

type Resource<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError };

export interface ResourceHandle<T> {
  state: Resource<T>;
  retry: () => void;
  /** Replace the data after a local change (a rating sent, a consent withdrawn). */
  set: (data: T) => void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('BAD_RESPONSE', null, 'Đã có lỗi. Vui lòng thử lại.', 'Something went wrong. Please try again.');
}

export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: asApiError(error) });
      },
    );
    return () => controller.abort();
    // `load` is a new function on every render: `key` (and retry) decide when to load again.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, retry, set };
}
