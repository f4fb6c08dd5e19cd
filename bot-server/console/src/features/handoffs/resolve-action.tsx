/**
 * "Kết thúc hỗ trợ" (resolve): asks first (the bot takes the conversation back and asks the resident for a rating,
 * which cannot be undone), then resolves and returns to the list with a confirmation.
 */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffActions } from '../../api/handoff-api';
import { ErrorMessage } from '../../components/error-message';
import { handoffPath } from './use-handoff-status';
import { useHandoffAction } from './use-handoff-action';

export function ResolveAction({ item }: { item: HandoffItem }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const resolve = useHandoffAction(handoffActions.resolve, (done) =>
    navigate(handoffPath('open'), { state: { notice: `Đã kết thúc yêu cầu #${done.id}. Bot đã tiếp tục cuộc trò chuyện và hỏi người dân đánh giá.` } }),
  );
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="action">
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Kết thúc hỗ trợ
        </button>
      </div>
    );
  }
  return (
    <div className="action confirm" role="group" aria-labelledby={`resolve-question-${item.id}`}>
      <p id={`resolve-question-${item.id}`}>Kết thúc hỗ trợ yêu cầu #{item.id}? Bot sẽ tiếp tục cuộc trò chuyện và hỏi người dân đánh giá từ 1 đến 5.</p>
      <div className="confirm__buttons">
        <button ref={confirmButton} type="button" className="button button--danger" onClick={() => resolve.mutate(item.id)} disabled={resolve.isPending}>
          Có, kết thúc
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={resolve.isPending}>
          Không, quay lại
        </button>
      </div>
      {resolve.isError ? <ErrorMessage error={resolve.error} /> : null}
    </div>
  );
}
