import { describe, expect, it } from 'vitest';
import { parseZaloEvent, type NeutralEvent } from '../../../bot-server/zalo/parse-zalo-event';

// Ids are longer than 2^53 (9007199254740992), as Zalo's are: they must survive as strings.
const APP_ID = '4291763606161179100';
const OA_ID = '3917162553455101234';
const RESIDENT = '8912382170034401234';
const APP_USER = '5528148830385634400';
const TS = '1717999999999';

function userSend(eventName: string, message: Record<string, unknown>): Record<string, unknown> {
  return { app_id: APP_ID, user_id_by_app: APP_USER, event_name: eventName, timestamp: TS, sender: { id: RESIDENT }, recipient: { id: OA_ID }, message };
}

function parsed(body: unknown, context?: { oaId?: string }): NeutralEvent {
  const result = parseZaloEvent(body, context);
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.event;
}

describe('parseZaloEvent: resident messages', () => {
  it('reads user_send_text, keyed by msg_id, ids kept as exact strings', () => {
    const event = parsed(userSend('user_send_text', { text: 'đăng ký khai sinh', msg_id: 'b8c2f0a6e04d4a17a7e0ab1f3d9e0c11' }));
    expect(event).toEqual({
      key: 'b8c2f0a6e04d4a17a7e0ab1f3d9e0c11',
      eventName: 'user_send_text',
      userId: RESIDENT,
      appUserId: APP_USER,
      timestamp: TS,
      kind: 'text',
      text: 'đăng ký khai sinh',
    });
    expect(BigInt(event.userId)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('keeps fields Zalo adds (loose schemas) without failing', () => {
    const body = { ...userSend('user_send_text', { text: '1', msg_id: 'm1', quote_msg_id: 'm0', brand_new: true }), brand_new_field: { x: 1 } };
    expect(parsed(body).text).toBe('1');
  });

  it.each([
    ['user_send_image', 'image', { type: 'image', payload: { url: 'https://photo-stal.zadn.vn/a.jpg', thumbnail: 'https://photo-stal.zadn.vn/t.jpg' } }],
    ['user_send_gif', 'gif', { type: 'gif', payload: { url: 'https://zalo.me/g.gif' } }],
    ['user_send_sticker', 'sticker', { type: 'sticker', payload: { id: 'abc', url: 'https://zalo-api.zadn.vn/s.png' } }],
    ['user_send_file', 'file', { type: 'file', payload: { url: 'https://f.zdn.vn/cccd.pdf', name: 'to-khai.pdf', size: '20480', type: 'pdf', checksum: 'x' } }],
    ['user_send_audio', 'audio', { type: 'audio', payload: { url: 'https://voice.zdn.vn/v.aac' } }],
    ['user_send_video', 'video', { type: 'video', payload: { url: 'https://video.zdn.vn/v.mp4', thumbnail: 'https://t' } }],
    ['user_send_link', 'link', { type: 'link', payload: { url: 'https://dichvucong.gov.vn', description: 'DVC', thumbnail: 't' } }],
  ])('reads %s as an attachment of kind %s', (eventName, kind, attachment) => {
    const event = parsed(userSend(eventName, { msg_id: `m-${kind}`, text: '', attachments: [attachment] }));
    expect(event).toMatchObject({ kind: 'attachment', attachment: kind, key: `m-${kind}`, userId: RESIDENT, attachmentUrl: attachment.payload.url });
    expect(event.text).toBeUndefined();
  });

  it('keeps a caption sent with an image', () => {
    const event = parsed(userSend('user_send_image', { msg_id: 'm2', text: 'giấy tờ của tôi', attachments: [{ type: 'image', payload: { url: 'https://p/a.jpg' } }] }));
    expect(event).toMatchObject({ kind: 'attachment', attachment: 'image', text: 'giấy tờ của tôi' });
  });

  it('reads a location from attachments[0].payload.coordinates', () => {
    const body = userSend('user_send_location', {
      msg_id: 'loc1',
      attachments: [{ type: 'location', payload: { coordinates: { latitude: 21.0285, longitude: 105.8542 } } }],
    });
    expect(parsed(body)).toMatchObject({ kind: 'attachment', attachment: 'location', location: { latitude: 21.0285, longitude: 105.8542 } });
  });

  it('reads a location from message.location (the other variant), string coordinates included', () => {
    const body = userSend('user_send_location', { msg_id: 'loc2', location: { latitude: '10.7769', longitude: '106.7009' } });
    expect(parsed(body)).toMatchObject({ kind: 'attachment', attachment: 'location', location: { latitude: 10.7769, longitude: 106.7009 } });
  });

  it('falls back to event:user:timestamp when a message has no msg_id', () => {
    expect(parsed(userSend('user_send_text', { text: 'hi' })).key).toBe(`user_send_text:${RESIDENT}:${TS}`);
  });

  it('ignores an unknown user_send_* kind instead of failing', () => {
    expect(parsed(userSend('user_send_business_card', { msg_id: 'bc1', attachments: [{ type: 'business_card', payload: {} }] })).kind).toBe('ignored');
  });
});

describe('parseZaloEvent: follow, submit info, echoes, receipts, unknown', () => {
  it('reads follow and unfollow from follower.id', () => {
    const follow = { app_id: APP_ID, oa_id: OA_ID, user_id_by_app: APP_USER, event_name: 'follow', source: 'oa_profile', timestamp: TS, follower: { id: RESIDENT } };
    expect(parsed(follow)).toEqual({ key: `follow:${RESIDENT}:${TS}`, eventName: 'follow', userId: RESIDENT, appUserId: APP_USER, timestamp: TS, kind: 'follow' });
    expect(parsed({ ...follow, event_name: 'unfollow' })).toMatchObject({ kind: 'unfollow', userId: RESIDENT, key: `unfollow:${RESIDENT}:${TS}` });
  });

  it('reads user_submit_info with a top-level info object and a nested address', () => {
    const body = {
      app_id: APP_ID, event_name: 'user_submit_info', timestamp: TS, sender: { id: RESIDENT }, recipient: { id: OA_ID }, user_id_by_app: APP_USER,
      info: { name: 'Nguyễn Văn An', phone: '84912345678', user_dob: '01/02/1990', gender: 'male', full_address: { detail_address: '12 Lê Lợi', ward: 'Phường Bến Nghé', city: 'TP Hồ Chí Minh' } },
    };
    expect(parsed(body)).toMatchObject({
      kind: 'submitInfo', userId: RESIDENT, key: `user_submit_info:${RESIDENT}:${TS}`,
      info: { name: 'Nguyễn Văn An', phone: '84912345678', dob: '01/02/1990', gender: 'male', address: '12 Lê Lợi, Phường Bến Nghé, TP Hồ Chí Minh' },
    });
  });

  it('reads the older flat user_submit_info shape', () => {
    const body = { event_name: 'user_submit_info', timestamp: TS, sender: { id: RESIDENT }, recipient: { id: OA_ID }, info: { name: 'Lan', phone: 84912345678, address: '5 Hàng Bạc', district: 'Hoàn Kiếm', city: 'Hà Nội' } };
    expect(parsed(body).info).toEqual({ name: 'Lan', phone: '84912345678', address: '5 Hàng Bạc, Hoàn Kiếm, Hà Nội' });
    const topLevel = { event_name: 'user_submit_info', timestamp: TS, sender: { id: RESIDENT }, name: 'Lan', phone: '84912345678' };
    expect(parsed(topLevel).info).toEqual({ name: 'Lan', phone: '84912345678' });
  });

  it('reads oa_send_text as an echo for the RECIPIENT resident, with the echoed message id', () => {
    const body = { app_id: APP_ID, event_name: 'oa_send_text', timestamp: TS, sender: { id: OA_ID }, recipient: { id: RESIDENT }, user_id_by_app: APP_USER, message: { text: 'Chào anh, tôi là cán bộ xã.', msg_id: 'e7f1c3' } };
    expect(parsed(body)).toEqual({ key: 'e7f1c3', eventName: 'oa_send_text', userId: RESIDENT, appUserId: APP_USER, timestamp: TS, kind: 'oaEcho', text: 'Chào anh, tôi là cán bộ xã.', echoMessageId: 'e7f1c3' });
  });

  it('reads other oa_send_* echoes (image, template) as echoes', () => {
    const body = { event_name: 'oa_send_image', timestamp: TS, sender: { id: OA_ID }, recipient: { id: RESIDENT }, message: { msg_id: 'e8', attachments: [{ type: 'image', payload: { url: 'https://p' } }] } };
    expect(parsed(body)).toMatchObject({ kind: 'oaEcho', userId: RESIDENT, echoMessageId: 'e8' });
    expect(parsed(body).text).toBeUndefined();
  });

  it('reads receipts for the resident and never keys them by the acknowledged msg_id', () => {
    const seen = { app_id: APP_ID, event_name: 'user_seen_message', timestamp: TS, sender: { id: OA_ID }, recipient: { id: RESIDENT }, message: { msg_ids: ['e7f1c3', 'e8'] } };
    expect(parsed(seen)).toMatchObject({ kind: 'receipt', userId: RESIDENT, key: `user_seen_message:${RESIDENT}:${TS}` });
    const received = { ...seen, event_name: 'user_received_message', message: { msg_id: 'e7f1c3' } };
    expect(parsed(received)).toMatchObject({ kind: 'receipt', key: `user_received_message:${RESIDENT}:${TS}` });
  });

  it('finds the resident on either side of a receipt when the OA id is known', () => {
    const flipped = { event_name: 'user_seen_message', timestamp: TS, sender: { id: RESIDENT }, recipient: { id: OA_ID }, message: { msg_ids: ['x'] } };
    expect(parsed(flipped, { oaId: OA_ID }).userId).toBe(RESIDENT);
  });

  it('acknowledges unknown events as ignored', () => {
    const body = { app_id: APP_ID, event_name: 'shop_has_order', timestamp: TS, sender: { id: RESIDENT }, order: { id: '1' } };
    expect(parsed(body)).toMatchObject({ kind: 'ignored', eventName: 'shop_has_order', userId: RESIDENT, key: `shop_has_order:${RESIDENT}:${TS}` });
  });

  it('accepts a numeric timestamp and keeps it as a string', () => {
    expect(parsed({ ...userSend('user_send_text', { text: 'a', msg_id: 'n1' }), timestamp: 1717999999999 }).timestamp).toBe(TS);
  });
});

describe('parseZaloEvent: failures are values', () => {
  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['no event_name', { timestamp: TS }],
    ['no timestamp', { event_name: 'user_send_text', sender: { id: RESIDENT }, recipient: { id: OA_ID }, message: { text: 'a' } }],
    ['a text without sender', { event_name: 'user_send_text', timestamp: TS, recipient: { id: OA_ID }, message: { text: 'a' } }],
    ['a follow without follower', { event_name: 'follow', timestamp: TS, oa_id: OA_ID }],
  ])('rejects %s', (_label, body) => {
    const result = parseZaloEvent(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/\S/);
  });

  it('rejects a numeric sender id: JSON.parse has already lost its digits', () => {
    const body = JSON.parse(`{"event_name":"user_send_text","timestamp":"${TS}","sender":{"id":${RESIDENT}},"recipient":{"id":"${OA_ID}"},"message":{"text":"a"}}`) as unknown;
    const result = parseZaloEvent(body);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toContain('sender.id');
  });
});

describe('parseZaloEvent: user_submit_info with odd fields', () => {
  it('does not throw when a flat body has fields of unexpected types', () => {
    const body = { event_name: 'user_submit_info', timestamp: TS, sender: { id: RESIDENT }, gender: { weird: true } };
    expect(parsed(body)).toMatchObject({ kind: 'submitInfo', info: {} });
  });
});
