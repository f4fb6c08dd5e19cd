/** Papers to prepare: name, original or copy, how many, notes, and marks for unconfirmed or conditional ones. */
import type { LocalizedText } from '../../../shared/schema/localized-text-schema';
import { useLanguage } from '../i18n/language-context';
import type { MessageKey } from '../i18n/messages';
import { UnconfirmedMark } from './unconfirmed-mark';

export interface DocumentItem {
  id: string;
  name: LocalizedText;
  form: string;
  copies: number;
  note?: LocalizedText;
  unconfirmed: boolean;
  conditional?: boolean;
}

const FORM_LABELS: Record<string, MessageKey> = {
  original: 'formOriginal',
  copy: 'formCopy',
  certifiedCopy: 'formCertifiedCopy',
  originalOrCopy: 'formOriginalOrCopy',
  showOriginal: 'formShowOriginal',
  form: 'formForm',
  numberOnly: 'formNumberOnly',
};

export function DocumentList({ documents }: { documents: DocumentItem[] }) {
  const { t, loc } = useLanguage();
  return (
    <ul className="item-list">
      {documents.map((doc) => {
        const form = FORM_LABELS[doc.form];
        return (
          <li key={doc.id} className="item">
            <p className="item-title">{loc(doc.name)}</p>
            <p className="item-meta">
              {form ? t(form) : null}
              {doc.copies > 1 ? ` · ${t('copies', { count: doc.copies })}` : null}
              {doc.conditional ? ` · ${t('conditionalDocument')}` : null}
            </p>
            {doc.note ? <p className="item-note">{loc(doc.note)}</p> : null}
            {doc.unconfirmed ? <UnconfirmedMark /> : null}
          </li>
        );
      })}
    </ul>
  );
}
