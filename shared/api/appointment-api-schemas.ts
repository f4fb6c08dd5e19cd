/**
 * HTTP contracts of appointments (lịch hẹn) at the office, for procedures that need an in-person
 * visit (`inPersonVisit` in the procedure file). Shared by bot-server (validation + OpenAPI), the
 * Mini App (`import type` only) and the console. Dates are local Vietnam dates (YYYY-MM-DD) and
 * times the office's wall clock (HH:MM). Errors are `{ error: { code, message (Vietnamese), messageEn } }`.
 *
 * Console (`/api/console/…`): admins publish, list and cancel slots; officials, supervisors and
 * admins read a day's appointments. Mini App (`/api/…`): free slots of a procedure (public), and
 * the signed-in resident's appointments: book, move, cancel.
 */
import { z } from 'zod';
import { databaseIdSchema, databaseIdParamSchema } from './database-id';
import type { LocalizedText } from '../schema/localized-text-schema';
import { filingReferenceSchema } from './mini-app-api-schemas';

const text: z.ZodType<LocalizedText> = z.object({ vi: z.string(), en: z.string().optional() });
const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });
const localDate = z.iso.date('ngày viết dạng YYYY-MM-DD').meta({ description: 'Local Vietnam date', example: '2026-03-10' });
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ viết dạng HH:MM, ví dụ 08:00')
  .meta({ description: 'Wall-clock time at the office (Vietnam)', example: '08:00' });
const procedureId = z.string().regex(/^[a-z][a-z0-9-]*$/).max(100);
const idParams = z.object({ id: databaseIdParamSchema });

/** A publication covers at most this many days, so one mistaken request cannot flood the calendar. */
export const MAX_PUBLISH_DAYS = 92;

// ── Console: slots ───────────────────────────────────────────────────────────────────────────

/**
 * `POST /api/console/appointment-slots`: slots of `slotMinutes` inside each time window, on the
 * chosen weekdays (1 = Monday … 5 = Friday) from `from` to `to`. Weekends and public holidays are
 * always skipped; a slot already published (same day, times and procedures) is not added again.
 * `procedureIds` null: the slots serve every procedure that needs an in-person visit.
 */
export const publishSlotsRequestSchema = z
  .object({
    from: localDate,
    to: localDate,
    weekdays: z.array(z.number().int().min(1).max(5)).min(1).max(5).default([1, 2, 3, 4, 5]),
    times: z
      .array(z.object({ start: localTime, end: localTime }).refine((window) => window.end > window.start, 'giờ kết thúc phải sau giờ bắt đầu'))
      .min(1)
      .max(6),
    slotMinutes: z.number().int().min(10).max(240),
    capacity: z.number().int().min(1).max(100),
    procedureIds: z.array(procedureId).min(1).max(50).nullable().default(null),
  })
  .refine((request) => request.to >= request.from, { path: ['to'], message: 'ngày kết thúc phải từ ngày bắt đầu trở đi' });
export type PublishSlotsRequest = z.infer<typeof publishSlotsRequestSchema>;

const slotSchema = z.object({
  id: z.number().int(),
  date: localDate,
  startTime: localTime,
  endTime: localTime,
  capacity: z.number().int(),
  booked: z.number().int(),
  procedureIds: z.array(z.string()).nullable().meta({ description: 'Null: any procedure that needs an in-person visit' }),
  cancelledAt: isoInstant.nullable(),
});
export type AppointmentSlot = z.infer<typeof slotSchema>;

export const publishSlotsResponseSchema = z.object({
  created: z.array(slotSchema),
  alreadyPublished: z.number().int().meta({ description: 'Slots of the request that existed already and were left as they were' }),
  skippedHolidays: z.array(localDate).meta({ description: 'Chosen weekdays in the range that are public holidays' }),
});

export const slotListQuerySchema = z
  .object({ from: localDate, to: localDate })
  .refine((query) => query.to >= query.from, { path: ['to'], message: 'ngày kết thúc phải từ ngày bắt đầu trở đi' });
export const slotListResponseSchema = z.object({ items: z.array(slotSchema) });
export const slotParamsSchema = idParams;

/** `POST /api/console/appointment-slots/:id/cancel`: `reason` is sent to the residents booked in it. */
export const cancelSlotRequestSchema = z.object({ reason: z.string().trim().max(300).optional() });
export const cancelSlotResponseSchema = z.object({
  slot: slotSchema,
  cancelledAppointments: z.number().int(),
  messagesQueued: z.number().int().meta({ description: 'Residents told on Zalo (those who wrote to the OA within the notice window)' }),
  shownOnlyInMiniApp: z
    .number()
    .int()
    .meta({ description: 'Residents the OA may not write to now (Mini-App-only, or silent longer than the notice window): they see it only in "Lịch hẹn của tôi"' }),
});

// ── Console: the day's list ──────────────────────────────────────────────────────────────────

const appointmentStatus = z.enum(['booked', 'cancelled', 'moved']);
const cancelledBy = z.enum(['resident', 'office']).nullable();

export const dayListQuerySchema = z.object({ date: localDate });
export const dayListResponseSchema = z.object({
  date: localDate,
  items: z.array(
    z.object({
      id: z.number().int(),
      slotId: z.number().int(),
      startTime: localTime,
      endTime: localTime,
      userIdMasked: z.string().meta({ description: "The resident's Zalo id with all but the last 4 characters hidden", example: '…0007' }),
      procedureId: z.string(),
      procedureName: z.string().nullable(),
      filingReference: z.string().nullable(),
      status: appointmentStatus,
      cancelledBy,
      channel: z.enum(['chat', 'miniApp']),
      bookedAt: isoInstant,
    }),
  ),
});
export type DayListResponse = z.infer<typeof dayListResponseSchema>;

// ── Mini App ─────────────────────────────────────────────────────────────────────────────────

/** `GET /api/appointment-slots?procedureId=…` (public): future slots serving the procedure, with free places. */
export const freeSlotsQuerySchema = z.object({ procedureId });
export const freeSlotsResponseSchema = z.object({
  procedureId: z.string(),
  items: z.array(z.object({ id: z.number().int(), date: localDate, startTime: localTime, endTime: localTime, free: z.number().int() })),
});
export type FreeSlotsResponse = z.infer<typeof freeSlotsResponseSchema>;

const residentAppointmentSchema = z.object({
  id: z.number().int(),
  procedureId: z.string(),
  procedureName: text,
  slotId: z.number().int(),
  date: localDate,
  startTime: localTime,
  endTime: localTime,
  status: z
    .enum([...appointmentStatus.options, 'past'])
    .meta({ description: 'past: booked, and its time has come (nothing left to change; book again if needed)' }),
  cancelledBy: cancelledBy.meta({ description: '"office": the office cancelled the slot; book another time' }),
  filingReference: z.string().nullable(),
  bookedAt: isoInstant,
});
export type ResidentAppointment = z.infer<typeof residentAppointmentSchema>;

/** `GET /api/me/appointments`: latest first; moved ones are left out (their replacement is listed). */
export const myAppointmentsResponseSchema = z.object({ items: z.array(residentAppointmentSchema) });
export type MyAppointmentsResponse = z.infer<typeof myAppointmentsResponseSchema>;

/**
 * `POST /api/me/appointments` → 201 (200 when `requestId` was seen: the same booking, nothing new).
 * `requestId` is made by the app (a UUID) per tap on "Xác nhận", so a resend never books twice.
 */
export const bookAppointmentRequestSchema = z.object({
  slotId: databaseIdSchema,
  procedureId,
  requestId: z.uuid(),
  filingReference: filingReferenceSchema.optional(),
});
export type BookAppointmentRequest = z.infer<typeof bookAppointmentRequestSchema>;

export const appointmentParamsSchema = idParams;
/** `POST /api/me/appointments/:id/move`: the new appointment; the old place is given back only once the new one is taken. */
export const moveAppointmentRequestSchema = z.object({ slotId: databaseIdSchema });
export const appointmentResponseSchema = z.object({ appointment: residentAppointmentSchema });
export type AppointmentResponse = z.infer<typeof appointmentResponseSchema>;

/** Error codes of the appointment routes, for the app's switch statements. */
export type AppointmentErrorCode =
  | 'SLOT_FULL'
  | 'SLOT_UNAVAILABLE'
  | 'SLOT_NOT_FOUND'
  | 'SLOT_NOT_FOR_PROCEDURE'
  | 'PROCEDURE_NOT_BOOKABLE'
  | 'ALREADY_BOOKED'
  | 'REQUEST_ID_REUSED'
  | 'APPOINTMENT_NOT_FOUND'
  | 'APPOINTMENT_NOT_ACTIVE'
  | 'APPOINTMENT_PAST';
