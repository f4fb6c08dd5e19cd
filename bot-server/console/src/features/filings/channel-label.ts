/** How a filing reached the commune, in an official's words. */
import type { FilingQueueItem } from '../../../../../shared/api/console-filing-schemas';

const CHANNELS: Record<FilingQueueItem['channel'], string> = {
  chat: 'Chat Zalo',
  miniApp: 'Mini App Zalo',
  volunteer: 'Tại Bộ phận Một cửa, có tình nguyện viên hỗ trợ',
};

export const channelLabel = (channel: FilingQueueItem['channel']): string => CHANNELS[channel];
