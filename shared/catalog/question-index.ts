import type { Procedure } from '../schema/procedure-schema';
import type { Question, QuestionType } from '../schema/question-schema';
import type { ValueType } from '../rules/condition';
import type { QuestionTypeInfo } from '../rules/check-condition';

const VALUE_TYPES: Record<QuestionType, ValueType> = {
  yesNo: 'boolean',
  singleChoice: 'string',
  multipleChoice: 'list',
  text: 'string',
  number: 'number',
  date: 'date',
  citizenId: 'string',
  phone: 'string',
  email: 'string',
  address: 'address',
  file: 'string',
};

export interface IndexedQuestion {
  question: Question;
  /** Position across eligibility questions then filing fields. */
  order: number;
  stage: 'eligibility' | 'filing';
  /** Path of the question inside the procedure file, for error locations. */
  path: (string | number)[];
}

/** Every question of a procedure (eligibility questions, then filing fields) in asking order. */
export function indexQuestions(procedure: Procedure): IndexedQuestion[] {
  const eligibility = procedure.questions.map((question, index) => ({
    question,
    order: index,
    stage: 'eligibility' as const,
    path: ['questions', index],
  }));
  const filing = (procedure.filing?.fields ?? []).map((question, index) => ({
    question,
    order: eligibility.length + index,
    stage: 'filing' as const,
    path: ['filing', 'fields', index],
  }));
  return [...eligibility, ...filing];
}

export function questionTypeInfo(questions: readonly IndexedQuestion[]): Map<string, QuestionTypeInfo> {
  return new Map(
    questions.map(({ question }) => [
      question.id,
      { valueType: VALUE_TYPES[question.type], options: question.options?.map((option) => option.value) },
    ]),
  );
}
