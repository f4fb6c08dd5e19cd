/** One canned reply in the editor: its title (the button officials press) and text, and buttons to move or remove it. */
import { TEXT_MAX, TITLE_MAX } from './canned-replies-check';
import type { ReplyRow } from './reply-list-edits';

interface CannedReplyFieldsProps {
  row: ReplyRow;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  problems: { title?: string; text?: string } | undefined;
  onChange: (part: Partial<Omit<ReplyRow, 'key'>>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function CannedReplyFields({ row, number, isFirst, isLast, problems, onChange, onMove, onRemove }: CannedReplyFieldsProps) {
  const id = `reply-${row.key}`;
  const hidden = <span className="visually-hidden"> câu mẫu {number}</span>;
  return (
    <fieldset className="filter-group reply-fields">
      <legend>Câu mẫu {number}</legend>
      <div className="field">
        <label htmlFor={`${id}-title`}>Tiêu đề</label>
        {problems?.title ? (
          <p className="field__error" id={`${id}-title-error`}>
            {problems.title}
          </p>
        ) : null}
        <input
          id={`${id}-title`}
          value={row.title}
          maxLength={TITLE_MAX}
          aria-invalid={problems?.title ? true : undefined}
          aria-describedby={problems?.title ? `${id}-title-error` : undefined}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Nội dung</label>
        {problems?.text ? (
          <p className="field__error" id={`${id}-text-error`}>
            {problems.text}
          </p>
        ) : null}
        <textarea
          id={`${id}-text`}
          value={row.text}
          rows={3}
          maxLength={TEXT_MAX}
          aria-invalid={problems?.text ? true : undefined}
          aria-describedby={problems?.text ? `${id}-text-error` : undefined}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </div>
      <div className="button-row">
        <button type="button" id={`${id}-up`} className="button button--secondary button--small" onClick={() => onMove(-1)} disabled={isFirst}>
          Chuyển lên{hidden}
        </button>
        <button type="button" id={`${id}-down`} className="button button--secondary button--small" onClick={() => onMove(1)} disabled={isLast}>
          Chuyển xuống{hidden}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onRemove}>
          Xóa{hidden}
        </button>
      </div>
    </fieldset>
  );
}
