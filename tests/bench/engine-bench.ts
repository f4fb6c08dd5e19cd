/**
 * Engine throughput on one core. Two workloads:
 * - eligibility checks (the common path): every flow procedure's eligible scenarios, answered
 *   as residents type them ("có", "2", "05/03/2026"), from start to result;
 * - a full birth-registration filing, including the personal-data validators (phone,
 *   citizen ID, address look-up), which cost more than the engine itself.
 * Baseline: a JSON round trip of a session, the persistence cost every chat message pays anyway.
 *
 * Like real traffic, every step sees its own `now`, a few seconds after the previous one, so no
 * cache keyed on the instant can make the figures look better than production. The instants are
 * prepared before timing: turning the clock into an ISO string is the server's cost, not the engine's.
 */
import { step } from '../../shared/engine/step';
import type { EngineEvent, Session } from '../../shared/engine/engine-types';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { procedureIndex } from '../../shared/engine/procedure-index';
import { addresses, procedureById } from '../support/engine-fixtures';
import { morningOf, realCatalog } from '../support/real-catalog';
import { typedAnswer } from '../support/typed-answers';
import { formatRate, ratePerSecond } from './measure';

interface Script {
  procedure: Procedure;
  now: string;
  events: EngineEvent[];
}

const SECONDS_PER_STEP = 3;
const RING = 4096;

/** Instants `SECONDS_PER_STEP` apart from `start`, handed out in turn. */
function clockFrom(start: string): () => string {
  const base = Date.parse(start);
  const instants = Array.from({ length: RING }, (_, i) => new Date(base + i * SECONDS_PER_STEP * 1000).toISOString());
  let tick = 0;
  return () => {
    tick = (tick + 1) % RING;
    return instants[tick] as string;
  };
}

function eligibilityScripts(): Script[] {
  const { procedures, scenarios } = realCatalog();
  return scenarios.flatMap(({ content }) => {
    const procedure = procedures.find((p) => p.id === content.procedure) as Procedure;
    const byId = procedureIndex(procedure).byId;
    return content.scenarios
      .filter((s) => s.expect.eligibility === 'eligible')
      .map((s) => {
        const context = { now: morningOf(s.today), addresses };
        let session = step(procedure, undefined, { type: 'start' }, context).session;
        const events: EngineEvent[] = [];
        while (session.stage === 'questions' && session.current) {
          const question = byId.get(session.current)?.question;
          if (!question) break;
          const event: EngineEvent = { type: 'answer', value: typedAnswer(question, s.answers[question.id]) };
          events.push(event);
          session = step(procedure, session, event, context).session;
        }
        return { procedure, now: context.now, events };
      });
  });
}

const FILING: EngineEvent[] = [
  ...['không', 'không', 'cha', '01/03/2026', '1'].map((value): EngineEvent => ({ type: 'answer', value })),
  { type: 'startFiling' },
  { type: 'consent', accepted: true },
  ...['Nguyễn Văn An', 'nam', 'Trần Thị Bình', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'].map((value): EngineEvent => ({ type: 'answer', value })),
  { type: 'confirm' },
];

function stepsPerSecond(scripts: readonly Script[], seconds: number): { rate: number; last: Session | undefined } {
  let last: Session | undefined;
  const steps = scripts.reduce((sum, s) => sum + s.events.length + 1, 0);
  const clocks = scripts.map((script) => clockFrom(script.now));
  const rate = ratePerSecond(() => {
    scripts.forEach((script, i) => {
      const clock = clocks[i] as () => string;
      const at = () => ({ now: clock(), addresses, referenceCode: '5GHB-4875-3' });
      let session = step(script.procedure, undefined, { type: 'start' }, at()).session;
      for (const event of script.events) session = step(script.procedure, session, event, at()).session;
      last = session;
    });
  }, seconds);
  return { rate: rate.perSecond * steps, last };
}

export async function engineBenchmark(): Promise<{ name: string; lines: string[] }> {
  const scripts = eligibilityScripts();
  const eligibility = stepsPerSecond(scripts, 4);
  const filing = stepsPerSecond([{ procedure: procedureById('birth-registration'), now: morningOf('2026-03-11'), events: FILING }], 3);
  const sample = JSON.stringify(filing.last);
  const baseline = ratePerSecond(() => JSON.parse(JSON.stringify(JSON.parse(sample))), 2);
  return {
    name: 'engine (one core)',
    lines: [
      `eligibility checks, ${scripts.length} flows over every procedure, a distinct now per step: ${formatRate(eligibility.rate)} steps/s (target ≥ 100,000: ${eligibility.rate >= 100_000 ? 'met' : 'NOT met'})`,
      `full filing with phone/ID/address validators: ${formatRate(filing.rate)} steps/s`,
      `baseline, session JSON round trips: ${formatRate(baseline.perSecond)}/s`,
      `ratio: an eligibility step costs ${(baseline.perSecond / eligibility.rate).toFixed(2)}× a JSON round trip; a filing step ${(baseline.perSecond / filing.rate).toFixed(2)}×`,
    ],
  };
}
