import type { Procedure } from '../schema/procedure-schema';
import { vietnamClock } from '../rules/calendar';
import type { DocumentView, FeeAssessment, TimeAssessment } from './assessment-types';
import type { AnswerValue } from './engine-types';
import { requiredDocuments } from './assess-answers';
import { assessFees } from './assess-fees';
import { assessProcessingTime } from './processing-time';
import { ruleScope } from './rule-scope';

export interface Requirements {
  documents: DocumentView[];
  fee: FeeAssessment;
  time: TimeAssessment;
}

/**
 * Documents, fee and processing time for these answers as they stand at the instant `at`
 * (time-dependent rules, such as a late-registration fee, are judged on that day). A receipt
 * passes its submission instant, so it never changes when it is shown again later.
 */
export function requirementsAt(procedure: Procedure, answers: Readonly<Record<string, AnswerValue>>, at: string, holidays: ReadonlySet<string>, today: string = vietnamClock(at).date): Requirements {
  const scope = ruleScope(answers, { today, holidays });
  return {
    documents: requiredDocuments(procedure, scope),
    fee: assessFees(procedure, scope),
    time: assessProcessingTime(procedure.processingTime, at, holidays),
  };
}
