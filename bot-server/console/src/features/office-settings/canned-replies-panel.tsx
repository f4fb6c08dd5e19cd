/** The canned replies officials insert into their answers, loaded once, then edited as a list. */
import { useQuery } from '@tanstack/react-query';
import { cannedRepliesQuery } from '../../api/office-settings-api';
import { QueryState } from '../../components/query-state';
import { CannedRepliesForm } from './canned-replies-form';

export function CannedRepliesPanel() {
  const replies = useQuery(cannedRepliesQuery);
  return (
    <section className="panel" aria-labelledby="canned-replies-title">
      <h2 id="canned-replies-title">Câu trả lời mẫu</h2>
      <p className="muted">Cán bộ bấm tiêu đề để chèn nội dung vào ô trả lời người dân, rồi sửa trước khi gửi. Hãy viết lịch sự, rõ ràng.</p>
      {!replies.data ? <QueryState error={replies.error} loadingText="Đang tải câu trả lời mẫu…" onRetry={() => void replies.refetch()} /> : <CannedRepliesForm initial={replies.data.items} />}
    </section>
  );
}
