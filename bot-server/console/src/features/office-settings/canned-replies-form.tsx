/**
 * The canned replies as a list to edit: add, change, move up or down, remove, then "Lưu" replaces
 * the whole list on the server in the order shown. Nothing changes for officials until it is saved.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cannedRepliesQuery, saveCannedReplies } from '../../api/office-settings-api';
import { ErrorMessage } from '../../components/error-message';
import { CannedReplyFields } from './canned-reply-fields';
import { cannedReplyProblems, type ReplyProblems } from './canned-replies-check';
import { moveRow, updateRow, type ReplyRow } from './reply-list-edits';

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function CannedRepliesForm({ initial }: { initial: { title: string; text: string }[] }) {
  const queryClient = useQueryClient();
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState<ReplyRow[]>(() => initial.map((reply, key) => ({ key, title: reply.title, text: reply.text })));
  const [problems, setProblems] = useState<ReplyProblems | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: saveCannedReplies,
    onSuccess: (result) => {
      queryClient.setQueryData(cannedRepliesQuery.queryKey, result);
      setMessage(`Đã lưu ${result.items.length} câu trả lời mẫu. Cán bộ thấy danh sách mới khi mở hoặc tải lại hộp thư.`);
    },
  });
  const edit = (next: ReplyRow[], note: string | null = null) => {
    setRows(next);
    setMessage(note);
  };

  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    if (!row) return;
    edit(moveRow(rows, index, by));
    // Focus stays with the moved reply; at either end the button that still works takes it.
    const atEnd = index + by === 0 || index + by === rows.length - 1;
    focusSoon(`reply-${row.key}-${(by === -1) !== atEnd ? 'up' : 'down'}`);
  };
  const add = () => {
    const key = nextKey.current++;
    edit([...rows, { key, title: '', text: '' }]);
    focusSoon(`reply-${key}-title`);
  };
  const remove = (row: ReplyRow, number: number) => {
    edit(
      rows.filter((other) => other.key !== row.key),
      `Đã bỏ câu mẫu ${number}${row.title ? ` “${row.title}”` : ''} khỏi danh sách. Bấm “Lưu câu trả lời mẫu” để áp dụng.`,
    );
    focusSoon('add-reply');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = cannedReplyProblems(rows);
    setProblems(found);
    if (found) {
      const first = rows.find((row) => found.rows[row.key]);
      if (first) focusSoon(`reply-${first.key}-${found.rows[first.key]?.title ? 'title' : 'text'}`);
      return;
    }
    save.mutate(rows.map(({ title, text }) => ({ title: title.trim(), text: text.trim() })));
  };

  return (
    <form onSubmit={submit} noValidate>
      {problems?.list ? <p className="field__error">{problems.list}</p> : null}
      {rows.length === 0 ? <p className="empty-note">Chưa có câu trả lời mẫu nào.</p> : null}
      {rows.map((row, index) => (
        <CannedReplyFields
          key={row.key}
          row={row}
          number={index + 1}
          isFirst={index === 0}
          isLast={index === rows.length - 1}
          problems={problems?.rows[row.key]}
          onChange={(part) => edit(updateRow(rows, row.key, part))}
          onMove={(by) => move(index, by)}
          onRemove={() => remove(row, index + 1)}
        />
      ))}
      <div className="button-row">
        <button type="button" id="add-reply" className="button button--secondary" onClick={add}>
          Thêm câu mẫu
        </button>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Đang lưu…' : 'Lưu câu trả lời mẫu'}
        </button>
      </div>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </form>
  );
}
