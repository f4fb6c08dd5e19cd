/**
 * Keeps the screens current without a reload: listens to the server's event stream and refetches
 * the area each event names. EventSource reconnects by itself after a dropped connection; when the
 * browser gives up (the answer was not a stream: a 401 after the session ended, a 5xx), we try
 * again with a growing delay and check the session, so an ended one leads to the sign-in page.
 * After any gap everything is refetched, since events sent meanwhile were missed.
 */
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { LIVE_EVENTS_URL, LIVE_TOPICS } from './live-topics';

export type LiveStatus = 'connecting' | 'live' | 'retrying';

const MAX_RETRY_DELAY_MS = 30_000;

export function useLiveUpdates(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let missedSome = false;

    const refetchAll = () => {
      for (const key of Object.values(LIVE_TOPICS)) void queryClient.invalidateQueries({ queryKey: key });
    };

    const connect = () => {
      source = new EventSource(LIVE_EVENTS_URL);
      source.onopen = () => {
        failures = 0;
        setStatus('live');
        if (missedSome) refetchAll();
        missedSome = false;
      };
      for (const [topic, key] of Object.entries(LIVE_TOPICS)) {
        source.addEventListener(topic, () => void queryClient.invalidateQueries({ queryKey: key }));
      }
      source.onerror = () => {
        setStatus('retrying');
        missedSome = true;
        if (source?.readyState !== EventSource.CLOSED) return; // the browser is reconnecting by itself
        void queryClient.invalidateQueries({ queryKey: queryKeys.session });
        retryTimer = setTimeout(connect, Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** failures));
        failures += 1;
      };
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [queryClient]);

  return status;
}
