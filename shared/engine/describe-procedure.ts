import type { Procedure } from '../schema/procedure-schema';
import type { ProcedureOverview } from './assessment-types';
import { assessFees } from './assess-fees';
import { assessProcessingTime } from './processing-time';
import { ruleScope } from './rule-scope';
import { NO_HOLIDAYS } from '../rules/calendar';

/**
 * What every door says about a procedure before any question: agency, online level, result,
 * base fee, processing time (with the due date if filed now), legal basis, unconfirmed marks.
 */
const lastOverview = new WeakMap<Procedure, { now: string; holidays: ReadonlySet<string>; overview: ProcedureOverview }>();

export function describeProcedure(procedure: Procedure, now: string, holidays: ReadonlySet<string> = NO_HOLIDAYS): ProcedureOverview {
  const last = lastOverview.get(procedure);
  if (last && last.now === now && last.holidays === holidays) return last.overview;
  const overview = buildOverview(procedure, now, holidays);
  lastOverview.set(procedure, { now, holidays, overview });
  return overview;
}

function buildOverview(procedure: Procedure, now: string, holidays: ReadonlySet<string>): ProcedureOverview {
  const scope = ruleScope({}, now, holidays);
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
    baseFee: assessFees(procedure, scope, true),
    time: assessProcessingTime(procedure.processingTime, now, holidays),
    filingAvailable: procedure.filing !== undefined,
    questionCount: procedure.questions.length,
    confidenceNote: procedure.confidenceNote,
    hasUnconfirmed,
  };
}
