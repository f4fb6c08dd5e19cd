/**
 * Sent: the resident has ONE Zalo message with the answers, and nothing is filed until they
 * answer 1 there. The volunteer follows the answer in "Hồ sơ tôi đã giúp".
 */
import { Link } from 'react-router-dom';
import type { AssistedFilingItem } from '../../../../../shared/api/console-assisted-filing-schemas';
import { formatDateTime } from '../../lib/format-time';

export function SentStep({ item, onAnother }: { item: AssistedFilingItem; onAnother: () => void }) {
  return (
    <>
      <div className="notice send-note" role="status">
        <p>
          Đã gửi tin nhắn tóm tắt hồ sơ “{item.procedureName}” cho người dân (Zalo {item.userIdMasked}).
        </p>
        <p>
          <strong>Hồ sơ chưa được nộp.</strong> Người dân cần trả lời 1 trong Zalo để xác nhận nộp, hoặc 2 để hủy, trước {formatDateTime(item.expiresAt)}. Nếu không có câu trả lời, hồ sơ không được nộp.
        </p>
        <p>Mã hồ sơ hiện trong danh sách “Hồ sơ tôi đã giúp” ngay khi người dân xác nhận.</p>
      </div>
      <div className="button-row">
        <Link to="/assisted-filings" className="button">
          Xem hồ sơ tôi đã giúp
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          Giúp người dân khác
        </button>
      </div>
    </>
  );
}
