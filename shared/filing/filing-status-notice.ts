/**
 * The Zalo message a resident gets when an official changes their filing's status: which filing,
 * where it stands now, the official's reason when there is one, and what to do next (the same
 * next step the chat's status reply gives). Vietnamese, polite, plain.
 */
import type { LocalizedText } from '../schema/localized-text-schema';
import { filingStatusText, type FilingStatus } from './filing-status-text';

export function filingStatusNotice(change: { reference: string; procedureName: LocalizedText; status: FilingStatus; reason: string | null }): string {
  const text = filingStatusText(change.status, 'chat');
  return [
    `Dạ, hồ sơ ${change.reference} (${change.procedureName.vi}) của bạn vừa được cán bộ cập nhật.`,
    `Tình trạng mới: ${text.label.vi}.`,
    ...(change.reason ? [`Lý do: ${change.reason}`] : []),
    text.next.vi,
    `Bạn có thể gõ "tra cứu ${change.reference}" để xem lại tình trạng hồ sơ bất cứ lúc nào.`,
  ].join('\n');
}
