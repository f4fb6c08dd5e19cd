import type { z } from 'zod';
import {
  zaloEventSchema,
  zaloFollowEventSchema,
  zaloOaEchoEventSchema,
  zaloReceiptEventSchema,
  zaloSubmitInfoEventSchema,
  zaloSubmittedInfoSchema,
  zaloUserMessageEventSchema,
  type ZaloEnvelope,
  type ZaloSubmittedInfo,
  type ZaloUserMessageEvent,
} from './zalo-event-schema';

type AttachmentKind = 'image' | 'gif' | 'sticker' | 'file' | 'audio' | 'video' | 'link' | 'location';

/** Answer to a request_user_info template. Personal data: never log it. */
type SubmittedInfo = { name?: string; phone?: string; address?: string; dob?: string; gender?: string };

/** A Zalo webhook event reduced to what the channel needs. */
export type NeutralEvent = {
  /** Inbox de-duplication key: `msg_id`, or `event_name:userId:timestamp` when there is none. */
  key: string;
  eventName: string;
  /** The resident's OA-scoped id (the id replies go to). */
  userId: string;
  /** `user_id_by_app`: links chat with the Mini App (Graph API id). */
  appUserId: string | null;
  timestamp: string;
  kind: 'text' | 'attachment' | 'follow' | 'unfollow' | 'oaEcho' | 'receipt' | 'submitInfo' | 'ignored';
  text?: string;
  attachment?: AttachmentKind;
  attachmentUrl?: string;
  location?: { latitude: number; longitude: number };
  info?: SubmittedInfo;
  /** For `oaEcho`: the echoed message's id, equal to `data.message_id` when our bot sent it. */
  echoMessageId?: string;
};

export type ParseZaloEventResult = { ok: true; event: NeutralEvent } | { ok: false; error: string };

const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['image', 'gif', 'sticker', 'file', 'audio', 'video', 'link', 'location'];
const RECEIPTS = new Set(['user_received_message', 'user_seen_message']);

/**
 * Validates a webhook body and converts it to a NeutralEvent. Unknown events are `ignored`, not
 * errors (Zalo must still get its 200). `oaId`, when known, picks the resident out of a receipt
 * whichever side Zalo puts the OA on (the reference says `sender`; unconfirmed).
 */
export function parseZaloEvent(body: unknown, context: { oaId?: string } = {}): ParseZaloEventResult {
  // Every family's schema extends the envelope, so ONE parse validates the whole body (this runs
  // for every webhook), and a broken envelope still fails first, with the envelope's own issue.
  const name = rawEventName(body);
  if (name === 'follow' || name === 'unfollow') {
    const parsed = zaloFollowEventSchema.safeParse(body);
    if (!parsed.success) return fail(parsed.error);
    return done(neutral(parsed.data, parsed.data.follower.id, name));
  }
  if (name === 'user_submit_info') {
    const parsed = zaloSubmitInfoEventSchema.safeParse(body);
    if (!parsed.success) return fail(parsed.error);
    const event = neutral(parsed.data, parsed.data.sender.id, 'submitInfo');
    // Older flat bodies put the fields at the top level instead of under `info`.
    const flat = parsed.data.info ? undefined : zaloSubmittedInfoSchema.safeParse(body);
    event.info = toSubmittedInfo(parsed.data.info ?? (flat?.success ? flat.data : {}));
    return done(event);
  }
  if (RECEIPTS.has(name)) {
    const parsed = zaloReceiptEventSchema.safeParse(body);
    if (!parsed.success) return fail(parsed.error);
    const { sender, recipient } = parsed.data;
    const userId = context.oaId !== undefined && recipient.id === context.oaId ? sender.id : recipient.id;
    // Never keyed by msg_id: a receipt may carry the id of the message it acknowledges.
    return done(neutral(parsed.data, userId, 'receipt'));
  }
  if (name.startsWith('oa_send_')) {
    const parsed = zaloOaEchoEventSchema.safeParse(body);
    if (!parsed.success) return fail(parsed.error);
    const msgId = parsed.data.message?.msg_id;
    const text = parsed.data.message?.text;
    const event = neutral(parsed.data, parsed.data.recipient.id, 'oaEcho', msgId);
    if (text !== undefined) event.text = text;
    if (msgId !== undefined) event.echoMessageId = msgId;
    return done(event);
  }
  if (name.startsWith('user_send_')) {
    const parsed = zaloUserMessageEventSchema.safeParse(body);
    if (!parsed.success) return fail(parsed.error);
    return done(fromUserMessage(parsed.data));
  }
  // Unknown event (user_click_button, shop events, …): acknowledge and ignore, keyed best-effort.
  const envelope = zaloEventSchema.safeParse(body);
  if (!envelope.success) return fail(envelope.error);
  return done(neutral(envelope.data, bestEffortUserId(body), 'ignored'));
}

/** `event_name` as sent, only to choose the schema that then validates it with the rest. */
function rawEventName(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const name: unknown = (body as Record<string, unknown>).event_name;
  return typeof name === 'string' ? name : '';
}

/** The fields every event has; keyed by `msgId`, or by `event_name:userId:timestamp` without one. */
function neutral(envelope: ZaloEnvelope, userId: string, kind: NeutralEvent['kind'], msgId?: string): NeutralEvent {
  const { event_name: eventName, timestamp } = envelope;
  const key = msgId ?? `${eventName}:${userId}:${timestamp}`;
  return { key, eventName, userId, appUserId: envelope.user_id_by_app ?? null, timestamp, kind };
}

function fromUserMessage(data: ZaloUserMessageEvent): NeutralEvent {
  const { message } = data;
  const event = neutral(data, data.sender.id, 'text', message.msg_id);
  const text = message.text;
  if (data.event_name === 'user_send_text') {
    event.text = text ?? '';
    return event;
  }
  const first = message.attachments?.[0];
  const suffix = data.event_name.slice('user_send_'.length);
  // The event name decides; the attachment's own type is the fallback.
  const attachment = ATTACHMENT_KINDS.find((kind) => kind === suffix) ?? ATTACHMENT_KINDS.find((kind) => kind === first?.type);
  if (attachment === undefined) {
    event.kind = 'ignored';
    return event;
  }
  event.kind = 'attachment';
  event.attachment = attachment;
  if (text !== undefined && text !== '') event.text = text;
  const url = first?.payload?.url;
  if (url !== undefined) event.attachmentUrl = url;
  const coordinates = first?.payload?.coordinates ?? message.location;
  if (attachment === 'location' && coordinates) event.location = { latitude: coordinates.latitude, longitude: coordinates.longitude };
  return event;
}

function toSubmittedInfo(info: ZaloSubmittedInfo): SubmittedInfo {
  const nested = info.full_address
    ? Object.values(info.full_address).filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    : [];
  const flat = [info.address, info.ward, info.district, info.city].filter((part): part is string => !!part && part.trim() !== '');
  const address = (nested.length > 0 ? nested : flat).join(', ');
  const out: SubmittedInfo = {};
  if (info.name) out.name = info.name;
  if (info.phone) out.phone = info.phone;
  if (info.user_dob) out.dob = info.user_dob;
  if (info.gender) out.gender = info.gender;
  if (address) out.address = address;
  return out;
}

/** The resident an event is about, when even its shape is not understood ('' when none). */
export function bestEffortUserId(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  for (const field of ['sender', 'follower', 'user']) {
    const ref: unknown = (body as Record<string, unknown>)[field];
    if (typeof ref === 'object' && ref !== null) {
      const id: unknown = (ref as Record<string, unknown>).id;
      if (typeof id === 'string') return id;
    }
  }
  return '';
}

const done = (event: NeutralEvent): ParseZaloEventResult => ({ ok: true, event });

function fail(error: z.ZodError): ParseZaloEventResult {
  const issue = error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid event' };
}
