/**
 * Sends the resident's events to the server one at a time, in order, and never drops one that
 * could still be saved: on a network failure it keeps the event and tries again (with back-off,
 * when the phone comes back online, or when the resident taps "thử lại"). Each event carries a
 * UUID made here, so sending it twice is harmless, and `baseUpdatedAt`, the server's last known
 * `updatedAt`, so a draft changed elsewhere (in the OA chat) is detected: 409 DRAFT_CHANGED.
 *
 * "Awaited" events (an address to check, the final confirm) need the server's answer before the
 * screen can move; they are not retried behind the resident's back: a failure rejects them and
 * the screen offers to try again with the answer still in the field.
 */
import type { EngineEvent } from '../../../../shared/engine/engine-types';
import type { DraftChangedResponse, DraftEventRequest, DraftResponse } from '../../../../shared/api/mini-app-api-schemas';
import { ApiError, isApiError } from '../../api/api-error';
import { isRecord } from '../../lib/is-record';
import { newEventId } from '../../lib/new-event-id';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface QueuedEvent {
  eventId: string;
  event: EngineEvent;
}

interface Pending extends QueuedEvent {
  awaited?: { resolve: (response: DraftResponse) => void; reject: (error: unknown) => void };
}

export interface SaveQueueHandlers {
  post: (request: DraftEventRequest) => Promise<DraftResponse>;
  onStatus: (status: SaveStatus) => void;
  /** The server's answer to a background event, and how many are still waiting. */
  onSaved: (response: DraftResponse, waiting: number) => void;
  /** The draft changed elsewhere: the server's current draft (null if it is gone). Unsent events were dropped. */
  onConflict: (current: DraftResponse | null) => void;
  /** The server refused an event for good (not a network problem); it was dropped. */
  onRefused: (error: ApiError) => void;
  /** The queue or the server's `updatedAt` changed (to keep unsent events on the device). */
  onChange: () => void;
}

const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

function conflictDraft(error: ApiError): DraftResponse | null {
  const body = error.body as Partial<DraftChangedResponse> | undefined;
  const current = isRecord(body) ? body.current : null;
  return isRecord(current) && isRecord(current.session) && Array.isArray(current.outputs) ? current : null;
}

/** Failures worth another try later: no answer, a busy or failing server, an expired token. */
function worthRetrying(error: unknown): boolean {
  return !isApiError(error) || error.retryable || error.status === 401;
}

export class SaveQueue {
  private items: Pending[];
  private running = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly online = () => this.retryNow();

  constructor(
    private readonly handlers: SaveQueueHandlers,
    /** The `updatedAt` of the server's copy, null when it has none yet. */
    public serverUpdatedAt: string | null,
    unsent: QueuedEvent[] = [],
  ) {
    this.items = [...unsent];
    globalThis.addEventListener?.('online', this.online);
  }

  /** Starts sending what was left unsent (from a previous visit or the first `start`). */
  start(): void {
    void this.drain();
  }

  /** Events not yet accepted by the server, oldest first. */
  get unsent(): QueuedEvent[] {
    return this.items.map(({ eventId, event }) => ({ eventId, event }));
  }

  /** Queues a background event; the screen has already moved on with the local engine's result. */
  push(event: EngineEvent): void {
    this.items.push({ eventId: newEventId(), event });
    this.handlers.onChange();
    void this.drain();
  }

  /** Sends an event after those already waiting, and resolves with the server's answer. */
  send(event: EngineEvent): Promise<DraftResponse> {
    return new Promise((resolve, reject) => {
      this.items.push({ eventId: newEventId(), event, awaited: { resolve, reject } });
      this.failures = 0;
      void this.drain();
    });
  }

  retryNow(): void {
    clearTimeout(this.timer);
    this.failures = 0;
    void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.online);
  }

  private async drain(): Promise<void> {
    if (this.running || this.disposed) return;
    this.running = true;
    try {
      while (this.items.length > 0 && !this.disposed) {
        const item = this.items[0] as Pending;
        this.handlers.onStatus('saving');
        try {
          const response = await this.handlers.post({ event: item.event, eventId: item.eventId, baseUpdatedAt: this.serverUpdatedAt });
          this.items.shift();
          this.failures = 0;
          this.serverUpdatedAt = response.session.updatedAt;
          this.handlers.onChange();
          if (item.awaited) item.awaited.resolve(response);
          else this.handlers.onSaved(response, this.items.length);
        } catch (error) {
          if (!this.handleFailure(item, error)) return;
        }
      }
      if (!this.disposed) this.handlers.onStatus('saved');
    } finally {
      this.running = false;
    }
  }

  /** True to go on with the next event, false to stop (waiting for a retry, or nothing left). */
  private handleFailure(item: Pending, error: unknown): boolean {
    if (isApiError(error) && error.code === 'DRAFT_CHANGED') {
      const dropped = this.items.splice(0);
      const current = conflictDraft(error);
      this.serverUpdatedAt = current?.session.updatedAt ?? null;
      this.handlers.onChange();
      for (const pending of dropped) pending.awaited?.reject(error);
      this.handlers.onConflict(current);
      this.handlers.onStatus('saved');
      return false;
    }
    if (worthRetrying(error)) {
      // Awaited events are handed back to the screen; background ones wait for the next try.
      const awaited = this.items.filter((pending) => pending.awaited);
      this.items = this.items.filter((pending) => !pending.awaited);
      for (const pending of awaited) pending.awaited?.reject(error);
      if (this.items.length === 0) {
        this.handlers.onStatus('saved');
        return false;
      }
      this.handlers.onStatus('failed');
      const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
      this.failures += 1;
      this.timer = setTimeout(() => void this.drain(), delay);
      return false;
    }
    this.items.shift();
    this.handlers.onChange();
    const refused = isApiError(error) ? error : new ApiError('BAD_RESPONSE', null, 'Máy chủ không nhận câu trả lời này.');
    if (item.awaited) item.awaited.reject(refused);
    else this.handlers.onRefused(refused);
    return true;
  }
}
