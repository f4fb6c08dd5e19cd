import type { Procedure } from '../schema/procedure-schema';
import type { ProcedureOverview } from './assessment-types';
import { assessFees } from './assess-fees';
import { assessProcessingTime } from './processing-time';
import { ruleScope } from './rule-scope';
import { NO_HOLIDAYS, vietnamClock } from '../rules/calendar';

type StaticOverview = Omit<ProcedureOverview, 'baseFee' | 'time'>;

interface OverviewParts {
  fixed: StaticOverview;
  /** The base fee of the last day asked for (it can only change from one day to the next). */
  fee?: { today: string; holidays: ReadonlySet<string>; baseFee: ProcedureOverview['baseFee'] };
  /** The last overview built; reused while its fee and processing time are the same objects. */
  last?: ProcedureOverview;
}

// Procedures never change once loaded: what does not depend on the day is built once.
const partsOf = new WeakMap<Procedure, OverviewParts>();

/**
 * What every door says about a procedure before any question: agency, online level, result,
 * base fee, processing time (with the due date if filed now), legal basis, unconfirmed marks.
 */
export function describeProcedure(procedure: Procedure, now: string, holidays: ReadonlySet<string> = NO_HOLIDAYS): ProcedureOverview {
  let parts = partsOf.get(procedure);
  if (!parts) {
    parts = { fixed: staticOverview(procedure) };
    partsOf.set(procedure, parts);
  }
  const today = vietnamClock(now).date;
  if (!parts.fee || parts.fee.today !== today || parts.fee.holidays !== holidays) {
    parts.fee = { today, holidays, baseFee: assessFees(procedure, ruleScope({}, { today, holidays }), true) };
  }
  const time = assessProcessingTime(procedure.processingTime, now, holidays);
  if (parts.last?.baseFee !== parts.fee.baseFee || parts.last.time !== time) parts.last = { ...parts.fixed, baseFee: parts.fee.baseFee, time };
  return parts.last;
}

function staticOverview(procedure: Procedure): StaticOverview {
  const hasUnconfirmed =
    procedure.codeStatus !== 'confirmed' ||
    procedure.agency.unconfirmed === true ||
    procedure.onlineLevel.unconfirmed === true ||
    procedure.processingTime.unconfirmed === true ||
    procedure.fees.items.some((item) => item.unconfirmed) ||
    procedure.documents.some((doc) => doc.unconfirmed) ||
    procedure.legalBasis.some((basis) => basis.unconfirmed);
  return {
    id: procedure.id,
    version: procedure.version,
    code: procedure.code,
    codeStatus: procedure.codeStatus,
    kind: procedure.kind,
    name: procedure.name,
    summary: procedure.summary,
    category: procedure.category,
    agency: procedure.agency,
    onlineLevel: procedure.onlineLevel,
    result: procedure.result,
    legalBasis: procedure.legalBasis,
    filingAvailable: procedure.filing !== undefined,
    questionCount: procedure.questions.length,
    confidenceNote: procedure.confidenceNote,
    hasUnconfirmed,
  };
}
