import type { Procedure } from '../../shared/schema/procedure-schema';
import type { ProcedureDetailResponse, ProcedureSummary } from '../../shared/api/procedure-api-schemas';
import { describeProcedure } from '../../shared/engine/describe-procedure';

export function procedureSummary(procedure: Procedure): ProcedureSummary {
  return {
    id: procedure.id,
    version: procedure.version,
    code: procedure.code,
    codeStatus: procedure.codeStatus,
    kind: procedure.kind,
    name: procedure.name,
    summary: procedure.summary,
    category: procedure.category,
    agencyLevel: procedure.agency.level,
    onlineLevel: procedure.onlineLevel.level,
    filingAvailable: procedure.filing !== undefined,
  };
}

/** Everything a procedure page shows before any question, with the due date if filed now. */
export function procedureDetail(procedure: Procedure, now: string, holidays: ReadonlySet<string>): ProcedureDetailResponse {
  const overview = describeProcedure(procedure, now, holidays);
  return {
    procedure: {
      ...procedureSummary(procedure),
      agency: overview.agency,
      onlineLevelNote: overview.onlineLevel.note,
      inPersonVisit: procedure.inPersonVisit && { reason: procedure.inPersonVisit.reason, unconfirmed: procedure.inPersonVisit.unconfirmed === true },
      result: overview.result,
      legalBasis: overview.legalBasis.map(({ id, document, articles, unconfirmed }) => ({ id, document, articles, unconfirmed })),
      processingTime: {
        kind: overview.time.kind,
        days: overview.time.days,
        cutoff: overview.time.cutoff,
        dueDateIfFiledNow: overview.time.dueDate,
        note: overview.time.note,
        unconfirmed: overview.time.unconfirmed,
      },
      fees: procedure.fees.items.map((item) => {
        const fixed = (amount: typeof item.amount) => (typeof amount === 'number' ? amount : null);
        const perUnit = (amount: typeof item.amount) => (typeof amount === 'object' && 'perUnit' in amount ? amount.perUnit : null);
        return {
          id: item.id,
          label: item.label,
          amount: item.setByProvince ? null : fixed(item.amount),
          onlineAmount: item.setByProvince ? null : fixed(item.onlineAmount ?? item.amount),
          perUnit: perUnit(item.amount),
          onlinePerUnit: perUnit(item.onlineAmount ?? item.amount),
          setByProvince: item.setByProvince === true,
          conditional: item.when !== undefined,
          note: item.note,
          unconfirmed: item.unconfirmed === true,
        };
      }),
      feeExemptions: procedure.fees.exemptions.map(({ id, reason }) => ({ id, reason })),
      feeNote: procedure.fees.note,
      documents: procedure.documents.map((doc) => ({
        id: doc.id,
        name: doc.name,
        form: doc.form,
        copies: doc.copies,
        note: doc.note,
        conditional: doc.when !== undefined,
        unconfirmed: doc.unconfirmed === true,
      })),
      questionCount: overview.questionCount,
      confidenceNote: overview.confidenceNote,
      hasUnconfirmed: overview.hasUnconfirmed,
    },
  };
}
