/**
 * A filing as the Mini App shows it: the procedure's name, the papers and fee as judged when it
 * was received (what the receipt said), the answers as on the "check your answers" page, and a
 * timeline that says at each step what the resident should do.
 */
import type { Procedure } from '../../shared/schema/procedure-schema';
import type { AnswerValue, EngineOutput, Session } from '../../shared/engine/engine-types';
import type { FilingDetailResponse, FilingSummary } from '../../shared/api/mini-app-api-schemas';
import { stagePrompt } from '../../shared/engine/stage-prompt';
import { stepContext } from '../../shared/engine/step-context';
import { requirementsAt } from '../../shared/engine/requirements-at';
import { vietnamClock } from '../../shared/rules/calendar';
import { filingStatusText } from '../../shared/filing/filing-status-text';
import type { Services } from '../app/services';
import type { FilingEventRow, FilingRow } from '../storage/filing-store';
import type { FilingRatingRow } from '../storage/filing-rating-store';
import { openMaybeSealed } from '../security/open-maybe-sealed';

function procedureOf(services: Services, filing: FilingRow): Procedure | undefined {
  return services.catalog.get(filing.procedure_id, filing.procedure_version) ?? services.catalog.current(filing.procedure_id, vietnamClock(services.clock().toISOString()).date);
}

export function filingSummary(services: Services, filing: FilingRow): FilingSummary {
  return {
    reference: filing.reference,
    procedureId: filing.procedure_id,
    procedureName: procedureOf(services, filing)?.name ?? { vi: filing.procedure_id },
    status: filing.status,
    receivedAt: filing.received_at,
    dueDate: filing.due_date,
    updatedAt: filing.updated_at,
  };
}

/** The review page for stored answers, as the engine built it before submission. */
function reviewGroups(procedure: Procedure, answers: Record<string, AnswerValue>, receivedAt: string, holidays: ReadonlySet<string>): Extract<EngineOutput, { kind: 'review' }>['groups'] {
  const session: Session = {
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    stage: 'review',
    current: null,
    answers,
    focus: null,
    filingStarted: true,
    consent: { policyVersion: procedure.filing?.consent.policyVersion ?? '', at: receivedAt },
    outcome: { result: 'eligible' },
    closed: null,
    reference: null,
    submittedAt: null,
    startedAt: receivedAt,
    updatedAt: receivedAt,
  };
  const review = stagePrompt(procedure, session, stepContext({ now: receivedAt, holidays })).find((o) => o.kind === 'review');
  return review?.kind === 'review' ? review.groups : [];
}

export function filingDetail(services: Services, filing: FilingRow, events: FilingEventRow[], rating: FilingRatingRow | undefined): FilingDetailResponse {
  const summary = filingSummary(services, filing);
  const procedure = procedureOf(services, filing);
  const answers = JSON.parse(services.cipher.open(filing.answers)) as Record<string, AnswerValue>;
  const requirements = procedure ? requirementsAt(procedure, answers, filing.received_at, services.holidays) : undefined;
  return {
    filing: {
      reference: summary.reference,
      procedureId: summary.procedureId,
      procedureName: summary.procedureName,
      status: summary.status,
      receivedAt: summary.receivedAt,
      dueDate: summary.dueDate,
      documents: requirements?.documents ?? [],
      fee: requirements?.fee ?? { items: [], total: null, totalOnline: null, setByProvince: false },
      review: procedure ? reviewGroups(procedure, answers, filing.received_at, services.holidays) : [],
    },
    timeline: events.map((event) => ({ status: event.status, at: event.at, note: openMaybeSealed(services.cipher, event.note), next: filingStatusText(event.status, 'miniApp').next })),
    rating: rating ? { score: rating.score, comment: openMaybeSealed(services.cipher, rating.comment) } : null,
  };
}
