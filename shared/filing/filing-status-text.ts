/**
 * What each filing status (tình trạng hồ sơ) is called and what the resident should do next,
 * written once for every door: the chat's status reply and the Mini App's timeline. Only the
 * way to reach an official differs: typed in the chat, a button in the Mini App.
 */
import type { LocalizedText } from '../schema/localized-text-schema';

export type FilingStatus = 'received' | 'processing' | 'moreInfoNeeded' | 'approved' | 'rejected' | 'resultReady';

type Door = 'chat' | 'miniApp';

const ASK_OFFICIAL: Record<Door, LocalizedText> = {
  chat: { vi: 'Gõ "gặp cán bộ"', en: 'Type "official"' },
  miniApp: { vi: 'Bấm "Gặp cán bộ"', en: 'Tap "Talk to an official"' },
};

const LABEL: Record<FilingStatus, LocalizedText> = {
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  processing: { vi: 'Đang xử lý', en: 'Being processed' },
  moreInfoNeeded: { vi: 'Cần bổ sung', en: 'More information needed' },
  approved: { vi: 'Đã được duyệt', en: 'Approved' },
  rejected: { vi: 'Không được giải quyết', en: 'Rejected' },
  resultReady: { vi: 'Đã có kết quả', en: 'Result ready' },
};

function next(status: FilingStatus, door: Door): LocalizedText {
  const ask = ASK_OFFICIAL[door];
  switch (status) {
    case 'received':
      return { vi: 'Cán bộ sẽ kiểm tra hồ sơ. Bạn chưa cần làm gì thêm.', en: 'An official will check it. Nothing to do yet.' };
    case 'processing':
      return { vi: 'Hồ sơ đang được giải quyết. Bạn sẽ được báo khi có kết quả.', en: 'It is being handled. You will be told when the result is ready.' };
    case 'moreInfoNeeded':
      return { vi: `Hồ sơ cần bổ sung giấy tờ hoặc thông tin. ${ask.vi} để được hướng dẫn.`, en: `Papers or details are missing. ${ask.en} for guidance.` };
    case 'approved':
      return { vi: 'Hồ sơ đã được duyệt; kết quả sẽ sớm sẵn sàng.', en: 'Approved; the result will be ready soon.' };
    case 'rejected':
      return { vi: `${ask.vi} để biết lý do và cách làm lại.`, en: `${ask.en} to learn why and how to file again.` };
    case 'resultReady':
      return {
        vi: 'Bạn mang giấy hẹn và giấy tờ tùy thân đến Bộ phận Một cửa để nhận kết quả (hoặc nhận bản điện tử nếu đã đăng ký).',
        en: 'Bring your receipt and ID to the one-stop desk to collect the result (or receive it electronically if you chose that).',
      };
  }
}

/** The status's name and the next step for the resident, worded for the door they use. */
export function filingStatusText(status: FilingStatus, door: Door): { label: LocalizedText; next: LocalizedText } {
  return { label: LABEL[status], next: next(status, door) };
}
