/**
 * "Kiểm tra và gửi": every answer as the resident will read it, each with "Sửa"; who it goes to;
 * what happens next (the resident answers 1 in Zalo, and nothing is filed before that); then
 * "Gửi cho người dân xác nhận". Refusals the server gives here (an answer it will not accept, the
 * resident busy with an official) are shown in its own words.
 */
import { ASSISTED_FILING_HOURS } from '../../../../../shared/api/console-assisted-filing-schemas';
import { ErrorMessage } from '../../components/error-message';
import { residentText, type ResidentDraft } from './resident-draft';
import type { ReviewGroup } from './review-groups';

interface ReviewStepProps {
  groups: ReviewGroup[];
  resident: ResidentDraft;
  onEdit: (questionId: string) => void;
  onEditResident: () => void;
  onSend: () => void;
  sending: boolean;
  error: unknown;
}

export function ReviewStep({ groups, resident, onEdit, onEditResident, onSend, sending, error }: ReviewStepProps) {
  return (
    <>
      {groups.map((group) => (
        <section key={group.title} className="review-block" aria-label={group.title}>
          <h3>{group.title}</h3>
          <dl className="review-list">
            {group.rows.map((row) => (
              <div key={row.questionId} className="review-list__row">
                <dt>{row.label}</dt>
                <dd>{row.display}</dd>
                <dd className="review-list__action">
                  <button type="button" className="button button--secondary button--small" onClick={() => onEdit(row.questionId)} aria-label={`Sửa: ${row.label}`}>
                    Sửa
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section className="review-block" aria-label="Người nhận">
        <h3>Gửi cho người dân</h3>
        <dl className="review-list">
          <div className="review-list__row">
            <dt>Người dân có</dt>
            <dd>{residentText(resident)}</dd>
            <dd className="review-list__action">
              <button type="button" className="button button--secondary button--small" onClick={onEditResident} aria-label="Sửa người dân nhận hồ sơ">
                Sửa
              </button>
            </dd>
          </div>
        </dl>
      </section>
      <div className="notice send-note">
        <p>Người dân sẽ nhận một tin nhắn Zalo tóm tắt các thông tin trên.</p>
        <p>
          <strong>Hồ sơ chỉ được nộp khi người dân trả lời 1 trong Zalo để xác nhận</strong>, trong vòng {ASSISTED_FILING_HOURS} giờ. Nếu người dân trả lời 2, hoặc không trả lời, sẽ không có hồ sơ nào được
          nộp.
        </p>
      </div>
      <button type="button" className="button" onClick={onSend} disabled={sending}>
        {sending ? 'Đang gửi…' : 'Gửi cho người dân xác nhận'}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
