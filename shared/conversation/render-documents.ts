import type { DocumentView } from '../engine/assessment-types';
import { pick, type Language } from '../i18n/language';
import { unconfirmedMark } from './render-fee-and-time';

const FORM_LABELS: Record<DocumentView['form'], { vi: string; en: string }> = {
  original: { vi: 'bản chính', en: 'original' },
  copy: { vi: 'bản sao', en: 'copy' },
  certifiedCopy: { vi: 'bản sao có chứng thực', en: 'certified copy' },
  originalOrCopy: { vi: 'bản chính hoặc bản sao', en: 'original or copy' },
  showOriginal: { vi: 'xuất trình bản chính', en: 'show the original' },
  form: { vi: 'theo mẫu', en: 'official form' },
  numberOnly: { vi: 'chỉ cần cung cấp số', en: 'the number is enough' },
};

/** A numbered list of papers to bring, with form, copies and notes. */
export function renderDocuments(documents: readonly DocumentView[], lang: Language): string {
  const title = lang === 'vi' ? 'Giấy tờ cần chuẩn bị:' : 'Papers to prepare:';
  const lines = documents.map((doc, index) => {
    const copies = doc.copies > 1 ? (lang === 'vi' ? `, ${doc.copies} bản` : `, ${doc.copies} copies`) : '';
    const note = doc.note ? `\n   ${pick(doc.note, lang)}` : '';
    return `${index + 1}. ${pick(doc.name, lang)} (${FORM_LABELS[doc.form][lang]}${copies})${unconfirmedMark(doc.unconfirmed, lang)}${note}`;
  });
  return [title, ...lines].join('\n');
}
