/**
 * "Cập nhật tình trạng": only the next statuses the rules allow (from the server). "Cần bổ sung"
 * and "Không được giải quyết" need a reason, which the resident reads, so it is checked here
 * before sending; anything the server refuses is shown in its own words.
 */
import { useState, type FormEvent } from 'react';
import { filingStatusChangeRequestSchema, type FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';
import { REASON_REQUIRED_STATUSES } from '../../../../../shared/filing/filing-status-rules';
import type { FilingStatus } from '../../../../../shared/filing/filing-status-text';
import { hasStatus } from '../../api/console-api-error';
import { ErrorMessage } from '../../components/error-message';
import { filingStatusLabel } from '../../lib/filing-status-label';
import { statusChangeNotice } from './status-change-notice';
import { useStatusChange } from './use-status-change';

const MAX_REASON = filingStatusChangeRequestSchema.shape.reason.unwrap().maxLength ?? 1000;

const MISSING_REASON: Partial<Record<FilingStatus, string>> = {
  moreInfoNeeded: 'Hãy ghi lý do: người dân cần bổ sung giấy tờ hoặc thông tin gì.',
  rejected: 'Hãy ghi lý do: vì sao hồ sơ không được giải quyết.',
};

type Problem = { field: 'status' | 'reason'; text: string } | null;

export function StatusChangeForm({ page }: { page: FilingPageResponse }) {
  const { filing, allowedNextStatuses } = page;
  const change = useStatusChange(filing.reference);
  const [picked, setPicked] = useState<FilingStatus | ''>('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After a reload (someone else moved the filing), a choice that is no longer allowed is dropped.
  const status = picked !== '' && allowedNextStatuses.includes(picked) ? picked : '';
  const reasonRequired = status !== '' && REASON_REQUIRED_STATUSES.includes(status);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    change.reset();
    if (status === '') {
      setProblem({ field: 'status', text: 'Hãy chọn tình trạng mới cho hồ sơ.' });
      document.querySelector<HTMLInputElement>('input[name="next-status"]')?.focus();
      return;
    }
    if (reasonRequired && reason.trim() === '') {
      setProblem({ field: 'reason', text: MISSING_REASON[status] ?? 'Hãy ghi lý do.' });
      document.getElementById('status-reason')?.focus();
      return;
    }
    setProblem(null);
    change.mutate(
      { status, expectedStatus: filing.status, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) },
      {
        onSuccess: (result) => {
          setPicked('');
          setReason('');
          setNotice(statusChangeNotice(result));
        },
        // Someone else moved the filing: the official decides again on what it is now (the reason stays typed).
        onError: (error) => {
          if (hasStatus(error, 409)) setPicked('');
        },
      },
    );
  };

  return (
    <section className="detail-block status-change" aria-labelledby="status-change-title">
      <h2 id="status-change-title">Cập nhật tình trạng</h2>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {allowedNextStatuses.length === 0 ? (
        <p>Hồ sơ đang ở tình trạng cuối cùng (“{filingStatusLabel(filing.status)}”), không chuyển tiếp được nữa.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="filter-group" aria-describedby={problem?.field === 'status' ? 'status-error' : undefined}>
            <legend>Chuyển sang tình trạng</legend>
            {problem?.field === 'status' ? (
              <p className="field__error" id="status-error">
                {problem.text}
              </p>
            ) : null}
            {allowedNextStatuses.map((next) => (
              <label key={next} className="checkbox">
                <input type="radio" name="next-status" value={next} checked={status === next} onChange={() => setPicked(next)} />
                {filingStatusLabel(next)}
                {REASON_REQUIRED_STATUSES.includes(next) ? <span className="muted"> (cần ghi lý do)</span> : null}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="status-reason">Lý do gửi cho người dân{reasonRequired ? ' (bắt buộc)' : ' (không bắt buộc)'}</label>
            <p className="field__hint" id="status-reason-hint">
              Người dân đọc lý do này trên Zalo và trong Mini App. Hãy viết rõ họ cần bổ sung gì, hoặc vì sao hồ sơ không được giải quyết.
            </p>
            {problem?.field === 'reason' ? (
              <p className="field__error" id="status-reason-error">
                {problem.text}
              </p>
            ) : null}
            <textarea
              id="status-reason"
              rows={3}
              value={reason}
              maxLength={MAX_REASON}
              aria-invalid={problem?.field === 'reason' ? true : undefined}
              aria-describedby={problem?.field === 'reason' ? 'status-reason-hint status-reason-error' : 'status-reason-hint'}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={change.isPending}>
            {change.isPending ? 'Đang cập nhật…' : 'Cập nhật tình trạng'}
          </button>
        </form>
      )}
      {/* Outside the form: after a 409 the reloaded filing may allow no further step, and the reason must stay readable. */}
      {change.isError ? <ErrorMessage error={change.error} /> : null}
    </section>
  );
}
