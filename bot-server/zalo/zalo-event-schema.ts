import { z } from 'zod';

// Shapes of Zalo OA webhook bodies (reference/zalo-platform.md §1). Objects are loose
// (`z.looseObject`, zod 4's `.passthrough()`) because Zalo adds fields without notice.
// Ids are strings only: they exceed 2^53, so a numeric id has already lost digits in JSON.parse
// and must be rejected, never "fixed".

// Control characters (NUL above all, which PostgreSQL text cannot hold) are never in a real id:
// such an event is kept aside as not understood instead of failing its insert on every retry.
const zaloIdSchema = z.string().min(1, 'id must be a non-empty string').regex(/^\P{Cc}+$/u, 'id must not contain control characters');
// `timestamp` is a string of epoch milliseconds; a number still fits exactly (< 2^53), so accept
// it defensively and keep the string form.
const zaloTimestampSchema = z.union([z.string().min(1), z.number().int().nonnegative()]).transform(String);
const userRefSchema = z.looseObject({ id: zaloIdSchema });
// Coordinates arrive as numbers in most samples; strings are accepted in case.
const coordinateSchema = z.union([z.number(), z.string().min(1).transform(Number)]).pipe(z.number().finite());
const zaloCoordinatesSchema = z.looseObject({ latitude: coordinateSchema, longitude: coordinateSchema });

const attachmentSchema = z.looseObject({
  type: z.string(),
  payload: z
    .looseObject({
      url: z.string().optional(),
      name: z.string().optional(),
      coordinates: zaloCoordinatesSchema.optional(),
    })
    .optional(),
});

const messageSchema = z.looseObject({
  msg_id: zaloIdSchema.optional(),
  text: z.string().optional(),
  attachments: z.array(attachmentSchema).optional(),
  // One variant puts a shared location here instead of in attachments[0].payload.coordinates.
  location: zaloCoordinatesSchema.optional(),
  quote_msg_id: zaloIdSchema.optional(),
});

/** What every webhook body shares; also the whole schema for events we do not know. */
export const zaloEventSchema = z.looseObject({
  event_name: z.string().min(1),
  app_id: zaloIdSchema.optional(),
  user_id_by_app: zaloIdSchema.optional(),
  timestamp: zaloTimestampSchema,
});

/** `user_send_*`: `sender` is the resident, `recipient` the OA. */
export const zaloUserMessageEventSchema = zaloEventSchema.extend({
  sender: userRefSchema,
  recipient: userRefSchema,
  message: messageSchema,
});

/** `follow` / `unfollow` carry `follower` instead of `sender`, plus `oa_id` and `source`. */
export const zaloFollowEventSchema = zaloEventSchema.extend({
  follower: userRefSchema,
  oa_id: zaloIdSchema.optional(),
  source: z.string().optional(),
});

const infoTextSchema = z.union([z.string(), z.number()]).transform(String).optional();

// Answer to a request_user_info template. Newer bodies nest an address object in `full_address`;
// older ones use a flat `address` (+ city/district/ward). Everything is optional: parse defensively.
export const zaloSubmittedInfoSchema = z.looseObject({
  name: infoTextSchema,
  phone: infoTextSchema,
  user_dob: infoTextSchema,
  gender: infoTextSchema,
  address: infoTextSchema,
  ward: infoTextSchema,
  district: infoTextSchema,
  city: infoTextSchema,
  full_address: z.record(z.string(), z.unknown()).optional(),
});

export const zaloSubmitInfoEventSchema = zaloEventSchema.extend({
  sender: userRefSchema,
  recipient: userRefSchema.optional(),
  info: zaloSubmittedInfoSchema.optional(),
});

/** `oa_send_*`: echo of an OA message (bot or an official typing by hand); `recipient` is the resident. */
export const zaloOaEchoEventSchema = zaloEventSchema.extend({
  sender: userRefSchema,
  recipient: userRefSchema,
  message: messageSchema.optional(),
});

/** `user_received_message` / `user_seen_message`: receipts; the reference says `sender` is the OA. */
export const zaloReceiptEventSchema = zaloEventSchema.extend({
  sender: userRefSchema,
  recipient: userRefSchema,
  message: z.looseObject({ msg_ids: z.array(zaloIdSchema).optional(), msg_id: zaloIdSchema.optional() }).optional(),
});

export type ZaloEnvelope = z.infer<typeof zaloEventSchema>;
export type ZaloUserMessageEvent = z.infer<typeof zaloUserMessageEventSchema>;
export type ZaloSubmittedInfo = z.infer<typeof zaloSubmittedInfoSchema>;
