import type { MessageKey } from './messages';

const STAGES: Record<string, MessageKey> = {
  questions: 'stageQuestions',
  result: 'stageResult',
  consent: 'stageConsent',
  filing: 'stageFiling',
  review: 'stageReview',
};

/** The dictionary key naming where an unfinished flow stands, or undefined for a closed one. */
export function stageLabel(stage: string): MessageKey | undefined {
  return STAGES[stage];
}
