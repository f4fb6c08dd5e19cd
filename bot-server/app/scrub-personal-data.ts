/**
 * Log hygiene: citizen IDs (12 digits), old ID numbers (9 digits) and phone numbers are masked in
 * every log line, whatever field they hide in. Paths like tokens are redacted by pino itself.
 */
// Also when typed in groups: "001 190 012 345", "001-190-012-345".
const CITIZEN_ID = /(?<!\d)\d{3}[\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?!\d)/g;
const OLD_ID = /(?<!\d)\d{9}(?!\d)/g;
const PHONE = /(?<![\d+])(?:\+?84|0)(?:[\s.-]?\d){9}(?!\d)/g;

export function scrubText(text: string): string {
  return text.replace(PHONE, '[phone]').replace(CITIZEN_ID, '[citizen-id]').replace(OLD_ID, '[id]');
}

/** Deep copy of a log object with every string scrubbed. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[nested]'; // never log what we did not scrub
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  if (value instanceof Error) return { type: value.name, message: scrubText(value.message), code: (value as { code?: unknown }).code };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]));
}

export const REDACTED_PATHS = [
  'req.headers["x-zevent-signature"]',
  'req.headers.access_token',
  'req.headers["x-zalo-access-token"]',
  'req.headers.secret_key',
  'req.headers.cookie',
  'req.headers.authorization',
  'access_token',
  'refresh_token',
  'accessToken',
  'refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.accessToken',
  '*.refreshToken',
];
