/**
 * A filing's status as a chat message: where it stands and what the resident should do next.
 * Deliberately without personal data: anyone holding the receipt code may ask.
 */
import type { LocalizedText } from '../schema/localized-text-schema';
import { formatDate } from '../validators/date-input';
import { pick, type Language } from '../i18n/language';

export type FilingStatus = 'received' | 'processing' | 'moreInfoNeeded' | 'approved' | 'rejected' | 'resultReady';

const STATUS_TEXT: Record<FilingStatus, { label: LocalizedText; next: LocalizedText }> = {
  received: { label: { vi: 'Đã tiếp nhận', en: 'Received' }, next: { vi: 'Cán bộ sẽ kiểm tra hồ sơ. Bạn chưa cần làm gì thêm.', en: 'An official will check it. Nothing to do yet.' } },
  processing: { label: { vi: 'Đang xử lý', en: 'Being processed' }, next: { vi: 'Hồ sơ đang được giải quyết. Bạn sẽ được báo khi có kết quả.', en: 'It is being handled. You will be told when the result is ready.' } },
  moreInfoNeeded: { label: { vi: 'Cần bổ sung', en: 'More information needed' }, next: { vi: 'Hồ sơ cần bổ sung giấy tờ hoặc thông tin. Gõ "gặp cán bộ" để được hướng dẫn.', en: 'Papers or details are missing. Type "official" for guidance.' } },
  approved: { label: { vi: 'Đã được duyệt', en: 'Approved' }, next: { vi: 'Hồ sơ đã được duyệt; kết quả sẽ sớm sẵn sàng.', en: 'Approved; the result will be ready soon.' } },
  rejected: { label: { vi: 'Không được giải quyết', en: 'Rejected' }, next: { vi: 'Gõ "gặp cán bộ" để biết lý do và cách làm lại.', en: 'Type "official" to learn why and how to file again.' } },
  resultReady: { label: { vi: 'Đã có kết quả', en: 'Result ready' }, next: { vi: 'Bạn mang giấy hẹn và giấy tờ tùy thân đến Bộ phận Một cửa để nhận kết quả (hoặc nhận bản điện tử nếu đã đăng ký).', en: 'Bring your receipt and ID to the one-stop desk to collect the result (or receive it electronically if you chose that).' } },
};

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
  const text = STATUS_TEXT[filing.status];
  const vi = lang === 'vi';
  return [
    `${vi ? 'Hồ sơ' : 'Filing'} ${filing.reference} – ${pick(filing.procedureName, lang)}`,
    `${vi ? 'Tình trạng' : 'Status'}: ${pick(text.label, lang)}`,
    `${vi ? 'Nộp ngày' : 'Filed on'} ${formatDate(filing.receivedAt.slice(0, 10))}; ${vi ? 'hẹn trả' : 'due'} ${formatDate(filing.dueDate)}`,
    pick(text.next, lang),
  ].join('\n');
}
