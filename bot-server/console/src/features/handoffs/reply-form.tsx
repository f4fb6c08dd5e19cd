/** Answering the resident: sent through Zalo OA by the server's outbox; the bot stays silent meanwhile. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffActions } from '../../api/handoff-api';
import { TextActionForm } from '../../components/text-action-form';
import { CannedReplyPicker } from './canned-reply-picker';
import { MAX_TEXT_LENGTH } from './text-limit';
import { useHandoffAction } from './use-handoff-action';

export function ReplyForm({ item }: { item: HandoffItem }) {
  const reply = useHandoffAction((text: string) => handoffActions.reply(item.id, text));
  return (
    <TextActionForm
      label="Trả lời người dân"
      hint="Tin nhắn được gửi tới người dân qua Zalo OA. Bạn có thể chèn câu mẫu rồi sửa trước khi gửi."
      submitLabel="Gửi trả lời"
      emptyText="Hãy nhập nội dung trả lời trước khi gửi."
      doneText="Đã gửi trả lời."
      maxLength={MAX_TEXT_LENGTH}
      onSubmit={reply.mutateAsync}
      pending={reply.isPending}
      error={reply.error}
      tools={(insert) => <CannedReplyPicker onPick={insert} />}
    />
  );
}
