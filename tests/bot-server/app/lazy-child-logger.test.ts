/** The webhook's request logger writes exactly what pino's per-request child would, and nothing below its level. */
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger } from '../../../bot-server/routes/lazy-child-logger';

function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const line = JSON.parse(String(chunk)) as Record<string, unknown>;
      delete line.time; // the two lines compared are written a moment apart
      lines.push(line);
      done();
    },
  });
  return { logger: pino({ level, redact: { paths: ['phone'], censor: '[redacted]' } }, stream), lines };
}

describe('lazyChildLogger', () => {
  it('writes the same lines as a pino child, bindings and redaction included', () => {
    const { logger, lines } = capture('warn');
    lazyChildLogger(logger, { reqId: 'req-1' }, {}).warn({ phone: '0912345678', reason: 'mismatch' }, 'webhook signature rejected');
    logger.child({ reqId: 'req-1' }).warn({ phone: '0912345678', reason: 'mismatch' }, 'webhook signature rejected');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(lines[1]);
    expect(lines[0]).toMatchObject({ reqId: 'req-1', phone: '[redacted]', msg: 'webhook signature rejected' });
  });

  it('writes nothing below its level: the parent’s, or the route’s when it has one', () => {
    const { logger, lines } = capture('info');
    const inherited = lazyChildLogger(logger, { reqId: 'req-2' }, {});
    inherited.debug('not shown');
    inherited.info('shown');
    const quieter = lazyChildLogger(logger, { reqId: 'req-3' }, { level: 'warn' });
    quieter.info('not shown either');
    quieter.error('shown too');
    expect(lines.map((line) => [line.reqId, line.msg])).toEqual([
      ['req-2', 'shown'],
      ['req-3', 'shown too'],
    ]);
    expect(quieter.level).toBe('warn');
  });

  it('follows a level changed afterwards, on itself or on the parent', () => {
    const { logger, lines } = capture('warn');
    const request = lazyChildLogger(logger, { reqId: 'req-4' }, {});
    logger.level = 'info';
    request.info('parent lowered');
    request.level = 'trace';
    request.trace('request lowered');
    logger.level = 'silent';
    lazyChildLogger(logger, { reqId: 'req-5' }, {}).fatal('silenced');
    expect(lines.map((line) => line.msg)).toEqual(['parent lowered', 'request lowered']);
  });
});
