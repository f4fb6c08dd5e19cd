/**
 * What the chat says about a filing a volunteer prepared for the resident (cầm tay chỉ việc):
 * Vietnamese first, English second, {placeholders} filled by `assistedFilingMessage`.
 */
import type { Language } from '../i18n/language';

const MESSAGES = {
  summaryIntro: {
    vi: '👋 {helper} đã giúp bạn chuẩn bị hồ sơ "{procedure}". Hồ sơ CHƯA được nộp: bạn hãy kiểm tra thông tin dưới đây.',
    en: '👋 {helper} has prepared a filing for you: "{procedure}". It has NOT been filed yet: please check the details below.',
  },
  papersTitle: { vi: 'Giấy tờ cần mang theo khi đến xã:', en: 'Papers to bring to the commune:' },
  consentNote: {
    vi: 'Khi bạn xác nhận, bạn đồng ý để xã dùng các thông tin trên để giải quyết hồ sơ này.',
    en: 'By confirming, you agree that the commune uses these details to handle this filing.',
  },
  question: {
    vi: 'Trả lời 1 để XÁC NHẬN nộp hồ sơ, 2 để HỦY. Yêu cầu này hết hạn lúc {time} ngày {date}.',
    en: 'Reply 1 to CONFIRM and file it, 2 to CANCEL. This request expires at {time} on {date}.',
  },
  reask: {
    vi: 'Hồ sơ "{procedure}" do {helper} chuẩn bị đang chờ bạn xác nhận. Trả lời 1 để XÁC NHẬN nộp hồ sơ, 2 để HỦY.',
    en: 'The filing "{procedure}" prepared by {helper} is waiting for your answer. Reply 1 to CONFIRM and file it, 2 to CANCEL.',
  },
  declined: {
    vi: 'Dạ, đã hủy. Hồ sơ "{procedure}" không được nộp. Cảm ơn bạn; khi cần, bạn có thể nhờ {helper} chuẩn bị lại.',
    en: 'Cancelled: "{procedure}" has not been filed. Thank you; if you need it later, {helper} can prepare it again.',
  },
  unanswered: {
    vi: 'Hồ sơ "{procedure}" do {helper} chuẩn bị chưa được nộp. Nếu vẫn muốn nộp, bạn hãy nhờ người hỗ trợ gửi lại.',
    en: 'The filing "{procedure}" prepared by {helper} has not been filed. If you still want it, ask them to send it again.',
  },
  expired: {
    vi: 'Yêu cầu xác nhận hồ sơ "{procedure}" đã hết hạn nên hồ sơ chưa được nộp. Nếu vẫn muốn nộp, bạn hãy nhờ {helper} chuẩn bị lại.',
    en: 'The request to confirm "{procedure}" has expired, so nothing was filed. If you still want it, ask {helper} to prepare it again.',
  },
  confirmed: { vi: 'Cảm ơn bạn đã xác nhận.', en: 'Thank you for confirming.' },
  notWaiting: {
    vi: 'Hồ sơ này không còn chờ xác nhận nên chưa được nộp. Nếu vẫn muốn nộp, bạn hãy nhờ người hỗ trợ chuẩn bị lại.',
    en: 'This filing is no longer waiting for confirmation, so nothing was filed. If you still want it, ask your helper to prepare it again.',
  },
  outdated: {
    vi: 'Quy định của thủ tục này vừa thay đổi nên thông tin đã chuẩn bị chưa thể nộp. Bạn hãy nhờ người hỗ trợ chuẩn bị lại.',
    en: 'The rules of this procedure have just changed, so the prepared details cannot be filed. Please ask your helper to prepare them again.',
  },
} as const;

export type AssistedFilingMessageKey = keyof typeof MESSAGES;

export function assistedFilingMessage(key: AssistedFilingMessageKey, lang: Language, params: Record<string, string> = {}): string {
  const text: string = MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
