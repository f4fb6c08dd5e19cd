/**
 * The answers to check before sending, grouped as the resident's own review page groups them,
 * followed by the eligibility answers that page leaves out, so the volunteer sees everything typed.
 * Every answer is written as the resident will read it (formatAnswer: labels, dd/mm/yyyy).
 */
import { formatAnswer } from '../../../../../shared/engine/format-answer';
import { procedureIndex } from '../../../../../shared/engine/procedure-index';
import type { Session } from '../../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../../shared/schema/procedure-schema';
import type { FlowScreen } from './run-flow';

interface ReviewRow {
  questionId: string;
  label: string;
  display: string;
}

export interface ReviewGroup {
  title: string;
  rows: ReviewRow[];
}

export function reviewGroups(procedure: Procedure, screen: Extract<FlowScreen, { kind: 'review' }>, answers: Session['answers']): ReviewGroup[] {
  const groups = screen.groups.map((group) => ({
    title: group.title.vi,
    rows: group.items.map((item) => ({ questionId: item.questionId, label: item.label.vi, display: item.display.vi })),
  }));
  const shown = new Set(groups.flatMap((group) => group.rows.map((row) => row.questionId)));
  const others = procedureIndex(procedure)
    .questions.filter((entry) => answers[entry.question.id] !== undefined && !shown.has(entry.question.id))
    .map(({ question }) => ({ questionId: question.id, label: question.prompt.vi, display: formatAnswer(question, answers[question.id]).vi }));
  return others.length > 0 ? [...groups, { title: 'Câu hỏi điều kiện', rows: others }] : groups;
}
