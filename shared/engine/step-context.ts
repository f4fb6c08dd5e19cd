import { NO_HOLIDAYS, vietnamClock } from '../rules/calendar';
import type { IndexedQuestion } from '../catalog/question-index';
import type { EngineContext, Session } from './engine-types';

/** The visible questions of the last session settled in this step, so the prompt need not work them out again. */
interface VisibleMemo {
  session: Session | null;
  visible: IndexedQuestion[];
}

/** The caller's context with what every rule needs worked out once per step. */
export interface StepContext extends EngineContext {
  /** Local date in Vietnam (ISO) for `now`. */
  readonly today: string;
  readonly holidays: ReadonlySet<string>;
  /** Belongs to this step alone (a new context is made for every step), never shared between steps. */
  readonly memo: VisibleMemo;
}

/**
 * Turns the caller's context into the one the engine passes down: the Vietnam date is derived
 * here, once, instead of by each rule evaluation (or a memo in module state).
 */
export function stepContext(context: EngineContext): StepContext {
  // Spelled out rather than spread: this runs on every step, and a fixed shape is cheaper.
  return {
    now: context.now,
    today: vietnamClock(context.now).date,
    holidays: context.holidays ?? NO_HOLIDAYS,
    addresses: context.addresses,
    referenceCode: context.referenceCode,
    memo: { session: null, visible: [] },
  };
}
