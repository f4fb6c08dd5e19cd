/**
 * A signal that aborts after `timeoutMs` or when `outer` aborts (a screen went away), and tells which.
 * Written out rather than with AbortSignal.any/timeout, which tablets on older Safari lack.
 */
export function abortable(outer: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal; timedOut: () => boolean; done: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  outer?.addEventListener('abort', onOuterAbort);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    /** Call when the request is over: stops the timer and lets go of `outer`. */
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
