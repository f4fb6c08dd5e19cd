/**
 * What is wrong with the filters typed, before asking the server: a reference search the server
 * would refuse (its own rule, read from the shared schema) and date ranges that end before they begin.
 */
import { filingQueueQuerySchema } from '../../../../../shared/api/console-filing-schemas';
import type { FilingFilters } from './filing-filters';

export interface FilterProblems {
  q?: string;
  due?: string;
  received?: string;
}

const backwards = (from: string, to: string): boolean => from !== '' && to !== '' && from > to;

export function filterProblems(filters: FilingFilters): FilterProblems {
  const problems: FilterProblems = {};
  if (filters.q !== '' && !filingQueueQuerySchema.shape.q.safeParse(filters.q).success) {
    problems.q = 'Mã hồ sơ chỉ gồm chữ, số và dấu gạch ngang, tối đa 20 ký tự. Hãy sửa lại ô tìm kiếm.';
  }
  if (backwards(filters.dueFrom, filters.dueTo)) problems.due = 'Ngày cuối của hạn giải quyết phải bằng hoặc sau ngày đầu.';
  if (backwards(filters.receivedFrom, filters.receivedTo)) problems.received = 'Ngày cuối của ngày tiếp nhận phải bằng hoặc sau ngày đầu.';
  return problems;
}
