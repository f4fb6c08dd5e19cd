/**
 * HTTP contracts of the officials' console API (`/api/console/…`), shared by bot-server
 * (validation + OpenAPI) and the console web app.
 *
 * Signing in sets the HttpOnly cookie `dvc_console`; every state-changing request after that
 * must also send the session's CSRF token (from sign-in or `GET /api/console/session`) in the
 * header `X-CSRF-Token`. Errors are `{ error: { code, message (Vietnamese), messageEn } }`.
 */
import { z } from 'zod';
import { databaseIdParamSchema } from './database-id';

/** The header that carries the session's CSRF (synchronizer) token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';

/** Shorter passwords are refused (checked by the server, with a plain message). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * official: handoffs and filings of their commune · supervisor: plus assignment and the dashboard ·
 * volunteer: only filings they assisted · admin: users, offices, office hours, canned replies, publishing.
 */
const staffRoleSchema = z.enum(['official', 'supervisor', 'volunteer', 'admin']);

const isoInstant = z.string().meta({ description: 'ISO 8601 instant (UTC)', example: '2026-03-02T02:00:00.000Z' });

export const csrfHeadersSchema = z.object({
  [CSRF_HEADER]: z.string().meta({ description: 'The csrfToken of the current session (from sign-in or GET /api/console/session)' }),
});

export const signInRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

const staffUserViewSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
  communeCode: z.string().nullable(),
});

/** Who is signed in, and the CSRF token to send with their state-changing requests. */
export const consoleSessionResponseSchema = z.object({ user: staffUserViewSchema, csrfToken: z.string() });
export type ConsoleSessionResponse = z.infer<typeof consoleSessionResponseSchema>;

export const staffAccountSchema = staffUserViewSchema.extend({
  createdAt: isoInstant,
  disabledAt: isoInstant.nullable(),
  lockedUntil: isoInstant.nullable(),
});
export const staffAccountListResponseSchema = z.object({ items: z.array(staffAccountSchema) });
export type StaffAccountListResponse = z.infer<typeof staffAccountListResponseSchema>;

export const createStaffUserRequestSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9._-]{3,64}$/, 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.'),
  displayName: z.string().trim().min(1).max(100),
  role: staffRoleSchema,
  communeCode: z.string().trim().min(1).max(20).nullable().default(null),
  password: z.string().max(256),
});
export type CreateStaffUserRequest = z.infer<typeof createStaffUserRequestSchema>;

/** Who a handoff can be given to (supervisors and admins assign): active officials, supervisors and admins. */
export const assigneeListResponseSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), displayName: z.string(), role: staffRoleSchema })),
});

export const staffUserParamsSchema = z.object({ id: databaseIdParamSchema });

export const auditLogQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export const auditLogResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      at: isoInstant,
      username: z.string().nullable().meta({ description: 'Who acted; null when nobody was signed in' }),
      action: z.string().meta({ example: 'sign-in.failed' }),
      subjectType: z.string(),
      subjectId: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});
export type AuditLogResponse = z.infer<typeof auditLogResponseSchema>;
