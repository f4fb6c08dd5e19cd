import { describe, expect, it } from 'vitest';
import { classifyZaloError, zaloErrorCodes } from '../../../bot-server/zalo/zalo-error-codes';

describe('classifyZaloError', () => {
  it.each([
    [-216, 'refreshAndRetry', true],
    [-220, 'refreshAndRetry', true],
    [-32, 'backOff', true],
    [-230, 'undeliverable', false],
    [-232, 'undeliverable', false],
    [-213, 'undeliverable', false],
    [-201, 'bug', false],
    [-240, 'bug', false],
    [-211, 'alertAdmin', false],
    [-221, 'alertAdmin', false],
    [-223, 'alertAdmin', false],
    [-224, 'alertAdmin', false],
    [-100, 'reupload', false],
  ])('%i → %s (retryable: %s)', (code, action, retryable) => {
    expect(classifyZaloError(code)).toMatchObject({ code, action, retryable, known: true });
  });

  it('treats an unknown code as a temporary failure and marks it unknown so it gets logged', () => {
    expect(classifyZaloError(-12345)).toEqual({ code: -12345, meaning: 'unknown Zalo error', action: 'backOff', known: false, retryable: true });
  });

  it('accepts an overriding table, so an uncertain fact can be changed without code', () => {
    const table = { ...zaloErrorCodes, [-12345]: { meaning: 'learned later', action: 'stop' as const } };
    expect(classifyZaloError(-12345, table)).toMatchObject({ action: 'stop', known: true, retryable: false });
  });
});
