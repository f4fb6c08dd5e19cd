/**
 * What must be fixed before saving the canned replies, checked with the server's own schema: each
 * title and text filled in, and not too many replies. Problems are per row, numbered as shown.
 */
import { cannedRepliesRequestSchema } from '../../../../../shared/api/console-office-schemas';
import type { ReplyRow } from './reply-list-edits';

export interface ReplyProblems {
  list?: string;
  rows: Record<number, { title?: string; text?: string }>;
}

export function cannedReplyProblems(rows: ReplyRow[]): ReplyProblems | null {
  const parsed = cannedRepliesRequestSchema.safeParse({ items: rows.map(({ title, text }) => ({ title, text })) });
  if (parsed.success) return null;
  const problems: ReplyProblems = { rows: {} };
  for (const issue of parsed.error.issues) {
    const [, index, field] = issue.path;
    const row = typeof index === 'number' ? rows[index] : undefined;
    if (!row || (field !== 'title' && field !== 'text')) {
      problems.list ??= issue.message;
      continue;
    }
    const number = Number(index) + 1;
    const empty = row[field].trim() === '';
    const entry = (problems.rows[row.key] ??= {});
    if (field === 'title') entry.title = empty ? `Hãy nhập tiêu đề cho câu mẫu ${number}.` : `Tiêu đề câu mẫu ${number} quá dài; hãy rút gọn.`;
    else entry.text = empty ? `Hãy nhập nội dung cho câu mẫu ${number}.` : `Nội dung câu mẫu ${number} quá dài; hãy rút gọn.`;
  }
  return problems;
}

const itemShape = cannedRepliesRequestSchema.shape.items.element.shape;
export const TITLE_MAX = itemShape.title.maxLength ?? 60;
export const TEXT_MAX = itemShape.text.maxLength ?? 2000;
