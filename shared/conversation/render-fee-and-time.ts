import type { FeeAssessment, TimeAssessment } from '../engine/assessment-types';
import { formatDate } from '../validators/date-input';
import { formatVnd, pick, type Language } from '../i18n/language';
import { foldForMatch } from '../text/fold-vietnamese';

const UNCONFIRMED = { vi: ' (thông tin chưa được xác nhận, vui lòng hỏi lại xã/phường)', en: ' (unconfirmed, please check with the commune)' };

export function unconfirmedMark(flag: boolean, lang: Language): string {
  return flag ? UNCONFIRMED[lang] : '';
}

/** "Lệ phí: miễn phí – …", without saying "free" twice when the note already starts with it. */
function freeLine(fee: FeeAssessment, lang: Language): string {
  const vi = lang === 'vi';
  const note = fee.note ? pick(fee.note, lang) : '';
  const saysFree = vi ? /^mien (le )?phi\b/.test(foldForMatch(note)) : /^free\b/i.test(note);
  if (saysFree) return `${vi ? 'Lệ phí' : 'Fee'}: ${note.charAt(0).toLowerCase()}${note.slice(1)}`;
  return `${vi ? 'Lệ phí: miễn phí' : 'Fee: free'}${note ? ` – ${note}` : ''}`;
}

/** "Lệ phí: 20.000 đ (10.000 đ nếu nộp trực tuyến)", or why it is free, or "do tỉnh quy định". */
export function renderFee(fee: FeeAssessment, lang: Language): string {
  const vi = lang === 'vi';
  if (fee.exemption) return `${vi ? 'Lệ phí: miễn' : 'Fee: none'} – ${pick(fee.exemption.reason, lang)}`;
  if (fee.items.length === 0) return freeLine(fee, lang);
  const lines = fee.items.map((item) => {
    const mark = unconfirmedMark(item.unconfirmed, lang);
    if (item.setByProvince) return `• ${pick(item.label, lang)}: ${vi ? 'mức do HĐND tỉnh quy định' : 'amount set by the province'}${item.note ? `. ${pick(item.note, lang)}` : ''}${mark}`;
    const online = item.onlineAmount !== null && item.onlineAmount !== item.amount ? ` (${formatVnd(item.onlineAmount, lang)} ${vi ? 'nếu nộp trực tuyến' : 'if filed online'})` : '';
    return `• ${pick(item.label, lang)}: ${item.amount === null ? '?' : formatVnd(item.amount, lang)}${online}${mark}`;
  });
  const total = fee.total !== null && fee.items.length > 1 ? `\n${vi ? 'Tổng' : 'Total'}: ${formatVnd(fee.total, lang)}` : '';
  return `${vi ? 'Lệ phí' : 'Fees'}:\n${lines.join('\n')}${total}`;
}

/** "Thời gian: 3 ngày làm việc; nếu nộp bây giờ, dự kiến có kết quả ngày 12/03/2026". */
export function renderTime(time: TimeAssessment, lang: Language): string {
  const vi = lang === 'vi';
  const span =
    time.kind === 'sameDay'
      ? vi
        ? `trong ngày (nộp sau ${time.cutoff} thì trả ngày làm việc tiếp theo)`
        : `same day (after ${time.cutoff}, the next working day)`
      : vi
        ? `${time.days} ngày làm việc`
        : `${time.days} working days`;
  const due = vi ? `; nếu nộp bây giờ, dự kiến có kết quả ngày ${formatDate(time.dueDate)}` : `; if filed now, expected by ${formatDate(time.dueDate)}`;
  return `${vi ? 'Thời gian giải quyết' : 'Processing time'}: ${span}${due}${unconfirmedMark(time.unconfirmed, lang)}`;
}
