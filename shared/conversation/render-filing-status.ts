/**
 * A filing's status as a chat message: where it stands and what the resident should do next.
 * Deliberately without personal data: anyone holding the receipt code may ask.
 */
import type { LocalizedText } from '../schema/localized-text-schema';
import { filingStatusText, type FilingStatus } from '../filing/filing-status-text';
import { formatDate } from '../validators/date-input';
import { pick, type Language } from '../i18n/language';

export type { FilingStatus };

export function renderFilingStatus(
  filing: { reference: string; procedureName: LocalizedText; status: FilingStatus; receivedAt: string; dueDate: string } | undefined,
  reference: string,
  lang: Language,
): string {
  if (!filing) {
    return lang === 'vi'
      ? `Không tìm thấy hồ sơ có mã ${reference}. Hãy kiểm tra lại mã trên giấy biên nhận, hoặc gõ "gặp cán bộ".`
      : `No filing with reference ${reference}. Check the code on your receipt, or type "official".`;
  }
  const text = filingStatusText(filing.status, 'chat');
  const vi = lang === 'vi';
  return [
    `${vi ? 'Hồ sơ' : 'Filing'} ${filing.reference} – ${pick(filing.procedureName, lang)}`,
    `${vi ? 'Tình trạng' : 'Status'}: ${pick(text.label, lang)}`,
    `${vi ? 'Nộp ngày' : 'Filed on'} ${formatDate(filing.receivedAt.slice(0, 10))}; ${vi ? 'hẹn trả' : 'due'} ${formatDate(filing.dueDate)}`,
    pick(text.next, lang),
  ].join('\n');
}
