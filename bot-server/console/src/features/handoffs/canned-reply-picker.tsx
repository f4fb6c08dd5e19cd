/** Ready-made polite replies; pressing one puts its text into the reply box to edit before sending. */
import { useQuery } from '@tanstack/react-query';
import { cannedRepliesQuery } from '../../api/office-settings-api';
import { ErrorMessage } from '../../components/error-message';

export function CannedReplyPicker({ onPick }: { onPick: (text: string) => void }) {
  const replies = useQuery(cannedRepliesQuery);
  if (replies.isError) return <ErrorMessage error={replies.error} />;
  if (!replies.data) return null;
  return (
    <div className="canned-replies" role="group" aria-label="Chèn câu trả lời mẫu">
      <span className="canned-replies__label" aria-hidden="true">
        Câu mẫu:
      </span>
      {replies.data.items.map((reply) => (
        <button key={reply.id} type="button" className="chip" onClick={() => onPick(reply.text)} title={reply.text}>
          {reply.title}
        </button>
      ))}
    </div>
  );
}
