/**
 * "Something changed in this area" signals for the console's live view (server-sent events). They
 * carry no data, only the area: each open console refetches what it shows, so a lost or doubled
 * signal costs one extra read, never a wrong screen. Published after the change commits.
 * With Redis, signals also reach consoles connected to the other instances (live-fan-out.ts).
 */
import { EventEmitter } from 'node:events';

export const LIVE_TOPICS = ['handoffs', 'filings', 'appointments'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

export interface LiveEvents {
  /** Tells every console (on this instance and, with Redis, the others) that `topic` changed. */
  publish(topic: LiveTopic): void;
  /** Signals from this instance and from others; returns the unsubscribe. */
  subscribe(listener: (topic: LiveTopic) => void): () => void;
  /** Delivers a signal that came from another instance (not sent on again). */
  deliver(topic: LiveTopic): void;
  /** Where published signals also go (Redis), set once connected. */
  forwardTo(send: (topic: LiveTopic) => void): void;
}

export function createLiveEvents(): LiveEvents {
  const emitter = new EventEmitter();
  // One listener per open console: many officials, no leak warning.
  emitter.setMaxListeners(0);
  let forward: ((topic: LiveTopic) => void) | undefined;
  return {
    publish(topic) {
      emitter.emit('change', topic);
      forward?.(topic);
    },
    subscribe(listener) {
      emitter.on('change', listener);
      return () => emitter.off('change', listener);
    },
    deliver: (topic) => void emitter.emit('change', topic),
    forwardTo(send) {
      forward = send;
    },
  };
}
