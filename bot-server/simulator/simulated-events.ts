/**
 * Webhook bodies shaped as Zalo sends them (ids and timestamps as strings), for the simulator.
 * See ../shared/reference/zalo-platform.md §1.
 */
import { randomBytes } from 'node:crypto';

export type SimulatedAction =
  | { kind: 'text'; text: string }
  | { kind: 'follow' }
  | { kind: 'image' }
  | { kind: 'location'; latitude: number; longitude: number }
  | { kind: 'officialText'; text: string };

const messageId = (): string => randomBytes(16).toString('hex');

export function simulatedEvent(action: SimulatedAction, ids: { appId: string; oaId: string; userId: string }, now: Date): Record<string, unknown> {
  const base = { app_id: ids.appId, user_id_by_app: `app-${ids.userId}`, timestamp: String(now.getTime()) };
  switch (action.kind) {
    case 'text':
      return { ...base, event_name: 'user_send_text', sender: { id: ids.userId }, recipient: { id: ids.oaId }, message: { text: action.text, msg_id: messageId() } };
    case 'follow':
      return { ...base, event_name: 'follow', oa_id: ids.oaId, source: 'oa_profile', follower: { id: ids.userId } };
    case 'image':
      return {
        ...base,
        event_name: 'user_send_image',
        sender: { id: ids.userId },
        recipient: { id: ids.oaId },
        message: { msg_id: messageId(), text: '', attachments: [{ type: 'image', payload: { url: 'https://example.invalid/photo.jpg', thumbnail: 'https://example.invalid/thumb.jpg' } }] },
      };
    case 'location':
      return {
        ...base,
        event_name: 'user_send_location',
        sender: { id: ids.userId },
        recipient: { id: ids.oaId },
        message: { msg_id: messageId(), text: '', attachments: [{ type: 'location', payload: { coordinates: { latitude: String(action.latitude), longitude: String(action.longitude) } } }] },
      };
    case 'officialText':
      // What Zalo sends when an official types in the OA chat by hand: an echo from the OA.
      return { ...base, event_name: 'oa_send_text', sender: { id: ids.oaId }, recipient: { id: ids.userId }, message: { text: action.text, msg_id: messageId() } };
  }
}

/** A new resident id shaped like Zalo's (a long digit string, beyond 2^53). */
export function newResidentId(): string {
  return `84${[...randomBytes(16)].map((b) => String(b % 10)).join('')}`;
}
