/** The papers the resident was told to bring, as their receipt listed them. */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';

type DocumentView = FilingPageResponse['filing']['documents'][number];

const FORMS: Record<DocumentView['form'], string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certifiedCopy: 'Bản sao có chứng thực',
  originalOrCopy: 'Bản chính hoặc bản sao',
  showOriginal: 'Xuất trình bản chính',
  form: 'Tờ khai (theo mẫu)',
  numberOnly: 'Chỉ cần ghi số',
};

export function DocumentList({ documents }: { documents: DocumentView[] }) {
  if (documents.length === 0) return <p className="empty-note">Không cần giấy tờ nào.</p>;
  return (
    <ul className="plain-list">
      {documents.map((document) => (
        <li key={document.id}>
          <strong>{document.name.vi}</strong>: {FORMS[document.form]}
          {document.copies > 1 ? `, ${document.copies} bản` : ''}
          {document.note ? <span className="muted"> – {document.note.vi}</span> : null}
          {document.unconfirmed ? <span className="muted"> · chưa được xác nhận</span> : null}
        </li>
      ))}
    </ul>
  );
}
