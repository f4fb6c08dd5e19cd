/**
 * Log hygiene: citizen IDs (12 digits), old ID numbers (9 digits) and phone numbers are masked in
 * every log line, whatever field they hide in. Paths like tokens are redacted by pino itself.
 */
// Also when typed in groups of any size: "001 190 012 345", "0011.9001.2345", "0011 9001-2345".
const CITIZEN_ID = /(?<!\d)\d(?:[\s.-]?\d){11}(?!\d)/g;
const OLD_ID = /(?<!\d)\d{9}(?!\d)/g;
// A '+' before a 0 is a space in a query string (?q=so+0912345678), not part of the number.
const PHONE = /(?<!\d)(?:\+?84|0)(?:[\s.-]?\d){9}(?!\d)/g;

export function scrubText(text: string): string {
  return text.replace(PHONE, '[phone]').replace(CITIZEN_ID, '[citizen-id]').replace(OLD_ID, '[id]');
}

/** Deep copy of a log object with every string scrubbed. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth > 6) return '[nested]'; // never log what we did not scrub
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  if (value instanceof Error) return { type: value.name, message: scrubText(value.message), code: (value as { code?: unknown }).code };
  if (!isPlainObject(value)) return scrubbedView(value);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]));
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A class instance (Fastify's request and reply, logged as `req` and `res`) is not copied: its
 * getters must still work for pino's serializers (a copy logs `"req":{}`, without method, URL or
 * status). Strings read from it are masked instead, so a phone number in a URL stays out too.
 */
function scrubbedView<T extends object>(value: T): T {
  return new Proxy(value, {
    get(target, key) {
      const item: unknown = Reflect.get(target, key, target);
      if (typeof item !== 'string') return item;
      // A proxy must hand back a frozen property's own value unchanged.
      const own = Object.getOwnPropertyDescriptor(target, key);
      return own && !own.configurable && own.writable === false ? item : scrubText(item);
    },
  });
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
