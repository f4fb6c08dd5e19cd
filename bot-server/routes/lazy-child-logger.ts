/**
 * Fastify gives every request its own pino child logger (to stamp `reqId` on its lines). With
 * redaction configured, making that child costs about as much as checking a webhook's signature,
 * yet an acknowledged webhook writes no line at the levels production runs at. For the webhook,
 * this stand-in makes the child only when a line at an enabled level is written; the line then
 * is exactly what the child would have written.
 */
import type { FastifyBaseLogger } from 'fastify';
import { levels, type Bindings, type ChildLoggerOptions } from 'pino';

type Method = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Route option `childLoggerFactory`: a request logger whose pino child is made on first use. */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new LazyChildLogger(logger, bindings, options);
}

class LazyChildLogger implements FastifyBaseLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.#child?.level ?? this.options.level ?? this.parent.level;
  }

  set level(level: string) {
    this.real().level = level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  debug(...args: unknown[]): void {
    this.write('debug', args);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.real().child(bindings, options);
  }

  private real(): FastifyBaseLogger {
    this.#child ??= this.parent.child(this.bindings, this.options);
    return this.#child;
  }

  private write(method: Method, args: unknown[]): void {
    if (this.#child === undefined && !enabled(method, this.level)) return;
    const child = this.real();
    Reflect.apply(child[method], child, args);
  }
}

/** Whether pino writes `method` at `level`; a level it does not know is left to pino to decide. */
function enabled(method: Method, level: string): boolean {
  if (level === 'silent') return false;
  const threshold = levels.values[level];
  return threshold === undefined || (levels.values[method] ?? 0) >= threshold;
}
