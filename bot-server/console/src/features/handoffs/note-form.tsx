/** An internal note for other officials; never sent to the resident. */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffActions } from '../../api/handoff-api';
import { TextActionForm } from '../../components/text-action-form';
import { MAX_TEXT_LENGTH } from './text-limit';
import { useHandoffAction } from './use-handoff-action';

export function NoteForm({ item }: { item: HandoffItem }) {
  const note = useHandoffAction((text: string) => handoffActions.addNote(item.id, text));
  return (
    <TextActionForm
      label="Thêm ghi chú nội bộ"
      hint="Chỉ cán bộ xem được; không gửi cho người dân."
      submitLabel="Lưu ghi chú"
      emptyText="Hãy nhập nội dung ghi chú trước khi lưu."
      doneText="Đã lưu ghi chú."
      maxLength={MAX_TEXT_LENGTH}
      onSubmit={note.mutateAsync}
      pending={note.isPending}
      error={note.error}
    />
  );
}
