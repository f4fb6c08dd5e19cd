/** Internal notes (never sent to the resident), oldest first, as plain text. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { formatTime } from '../../lib/format-time';

export function NoteList({ notes }: { notes: HandoffItem['notes'] }) {
  if (notes.length === 0) return <p className="empty-note">Chưa có ghi chú.</p>;
  return (
    <ul className="note-list" aria-label="Ghi chú nội bộ">
      {notes.map((note) => (
        <li key={note.id} className="note">
          <p className="message__meta">
            <span className="message__author">{note.author}</span> · <time dateTime={note.at}>{formatTime(note.at)}</time>
          </p>
          <p className="message__text">{note.text}</p>
        </li>
      ))}
    </ul>
  );
}
