/**
 * The engine's contract: a plain serialisable session, the events that move it, the context the
 * caller injects (time, holidays, address data, a fresh reference code) and the channel-neutral
 * outputs and effects it returns. Doors render outputs; callers carry out effects.
 */
import type { LocalizedText } from '../schema/localized-text-schema';
import type { AddressValue } from '../address/address-value';
import type { AddressDirectory } from '../address/address-directory';
import type { ProcedureOverview, DocumentView, FeeAssessment, TimeAssessment } from './assessment-types';
import type { QuestionType } from '../schema/question-schema';

export type AnswerValue = string | number | boolean | string[] | AddressValue | null;

type EligibilityResult = 'eligible' | 'notEligible' | 'otherProcedure' | 'talkToOfficial';

/** Where the resident is; derived from the answers after every step and stored for readers. */
type SessionStage = 'questions' | 'result' | 'consent' | 'filing' | 'review' | 'submitted' | 'cancelled' | 'info';

export interface Session {
  procedureId: string;
  /** Pinned at start: the session keeps this version's rules even after a newer one is published. */
  procedureVersion: number;
  stage: SessionStage;
  /** The question being asked, or null outside the question stages. */
  current: string | null;
  /** Canonical answers by question id; null means skipped. */
  answers: Record<string, AnswerValue>;
  /** A question the resident chose to revisit (back / change answer N). */
  focus: string | null;
  filingStarted: boolean;
  consent: { policyVersion: string; at: string } | null;
  outcome: { result: EligibilityResult; ruleId?: string } | null;
  closed: 'submitted' | 'cancelled' | null;
  reference: string | null;
  submittedAt: string | null;
  startedAt: string;
  updatedAt: string;
}

export type EngineEvent =
  | { type: 'start' }
  | { type: 'resume' }
  | { type: 'answer'; value: unknown; questionId?: string }
  | { type: 'back' }
  | { type: 'edit'; questionId: string }
  | { type: 'skip' }
  | { type: 'cancel' }
  | { type: 'startFiling' }
  | { type: 'consent'; accepted: boolean }
  | { type: 'confirm' }
  | { type: 'handoff' };

export interface EngineContext {
  /** The current instant, ISO 8601; dates are taken in Asia/Ho_Chi_Minh. */
  now: string;
  holidays?: ReadonlySet<string>;
  /** Needed to understand address answers; without it they are refused politely. */
  addresses?: AddressDirectory;
  /** A fresh, unused filing reference; required when the resident confirms the review page. */
  referenceCode?: string;
}

export interface QuestionView {
  id: string;
  type: QuestionType;
  prompt: LocalizedText;
  hint?: LocalizedText;
  options?: { value: string; label: LocalizedText }[];
  required: boolean;
  personal: boolean;
  /** Offer to fill from the resident's own Zalo profile. */
  prefill?: 'zaloName';
}

export interface RuleReason {
  ruleId: string;
  text: LocalizedText;
  citations: { document: string; article?: string }[];
  unconfirmed: boolean;
}

interface ReviewItem {
  questionId: string;
  label: LocalizedText;
  display: LocalizedText;
}

type NoticeCode =
  | 'cancelled'
  | 'handoffRequested'
  | 'consentDeclined'
  | 'cannotGoBack'
  | 'cannotSkipRequired'
  | 'notEditable'
  | 'noFilingHere'
  | 'notEligibleToFile'
  | 'finishQuestionsFirst'
  | 'nothingToAnswer'
  | 'sessionClosed'
  | 'infoOnly';

export type EngineOutput =
  | { kind: 'overview'; overview: ProcedureOverview }
  | {
      kind: 'question';
      question: QuestionView;
      value?: AnswerValue;
      error?: LocalizedText;
      position: { index: number; total: number };
      stage: 'questions' | 'filing';
      canGoBack: boolean;
    }
  | { kind: 'eligibility'; result: EligibilityResult; reasons: RuleReason[]; procedureId?: string }
  | { kind: 'requirements'; documents: DocumentView[]; fee: FeeAssessment; time: TimeAssessment; filingAvailable: boolean }
  | { kind: 'consent'; text: LocalizedText; purposes: string[]; dataCategories: string[]; policyVersion: string }
  | { kind: 'review'; groups: { title: LocalizedText; items: ReviewItem[] }[] }
  | { kind: 'receipt'; reference: string; procedureName: LocalizedText; receivedAt: string; dueDate: string; documents: DocumentView[]; fee: FeeAssessment }
  | { kind: 'notice'; notice: NoticeCode };

export type EngineEffect =
  | { type: 'saveDraft' }
  | { type: 'discardDraft' }
  | { type: 'recordConsent'; policyVersion: string; purposes: string[]; dataCategories: string[]; at: string }
  | {
      type: 'submitFiling';
      reference: string;
      procedureId: string;
      procedureVersion: number;
      answers: Record<string, AnswerValue>;
      receivedAt: string;
      dueDate: string;
      /** Papers to bring and the fee, judged at `receivedAt`: what the receipt shows, for good. */
      documents: DocumentView[];
      fee: FeeAssessment;
    }
  | { type: 'openHandoff'; reason: 'requested' | 'rule'; ruleId?: string; questionId: string | null };

export interface StepResult {
  session: Session;
  outputs: EngineOutput[];
  effects: EngineEffect[];
}

export class EngineError extends Error {
  constructor(
    readonly code: 'PROCEDURE_MISMATCH' | 'REFERENCE_CODE_REQUIRED' | 'NO_SESSION',
    message: string,
  ) {
    super(message);
  }
}
