import type { Procedure } from '../schema/procedure-schema';
import { indexQuestions, type IndexedQuestion } from '../catalog/question-index';

export interface ProcedureIndex {
  questions: IndexedQuestion[];
  byId: Map<string, IndexedQuestion>;
  legalById: Map<string, Procedure['legalBasis'][number]>;
}

// Procedures are immutable once loaded; index each once (the engine runs on every message).
const cache = new WeakMap<Procedure, ProcedureIndex>();

export function procedureIndex(procedure: Procedure): ProcedureIndex {
  let index = cache.get(procedure);
  if (!index) {
    const questions = indexQuestions(procedure);
    index = {
      questions,
      byId: new Map(questions.map((entry) => [entry.question.id, entry])),
      legalById: new Map(procedure.legalBasis.map((basis) => [basis.id, basis])),
    };
    cache.set(procedure, index);
  }
  return index;
}
