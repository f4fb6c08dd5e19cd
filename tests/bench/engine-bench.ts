/**
 * Engine throughput on one core: a full birth-registration filing (start, 5 answers, start
 * filing, consent, 6 fields, confirm) replayed over and over. Baseline: a JSON round trip of the
 * same session, the persistence cost every chat message pays anyway.
 */
import { step } from '../../shared/engine/step';
import type { EngineEvent, Session } from '../../shared/engine/engine-types';
import { addresses, procedureById } from '../support/engine-fixtures';
import { morningOf } from '../support/real-catalog';
import { formatRate, ratePerSecond } from './measure';

const EVENTS: EngineEvent[] = [
  ...['không', 'không', 'cha', '01/03/2026', '1'].map((value): EngineEvent => ({ type: 'answer', value })),
  { type: 'startFiling' },
  { type: 'consent', accepted: true },
  ...['Nguyễn Văn An', 'nam', 'Trần Thị Bình', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'].map((value): EngineEvent => ({ type: 'answer', value })),
  { type: 'confirm' },
];

export async function engineBenchmark(): Promise<{ name: string; lines: string[] }> {
  const procedure = procedureById('birth-registration');
  const context = { now: morningOf('2026-03-11'), addresses, referenceCode: '5GHB-4875-3' };
  let lastSession: Session | undefined;
  const flow = ratePerSecond(() => {
    let session = step(procedure, undefined, { type: 'start' }, context).session;
    for (const event of EVENTS) session = step(procedure, session, event, context).session;
    lastSession = session;
  }, 3);
  const stepsPerSecond = flow.perSecond * (EVENTS.length + 1);
  const sample = JSON.stringify(lastSession);
  const baseline = ratePerSecond(() => JSON.parse(JSON.stringify(JSON.parse(sample))), 2);
  return {
    name: 'engine (one core)',
    lines: [
      `engine steps/s: ${formatRate(stepsPerSecond)} (target ≥ 100,000: ${stepsPerSecond >= 100_000 ? 'met' : 'NOT met'})`,
      `baseline session JSON round trips/s: ${formatRate(baseline.perSecond)}`,
      `ratio: one engine step costs ${(baseline.perSecond / stepsPerSecond).toFixed(2)}× a JSON round trip of the session`,
    ],
  };
}
