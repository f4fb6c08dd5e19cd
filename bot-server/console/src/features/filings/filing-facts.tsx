/** The filing at a glance: what, where it stands, how it came in, when it is due. */
import type { FilingPageResponse } from '../../../../../shared/api/console-filing-schemas';
import { filingStatusLabel } from '../../lib/filing-status-label';
import { formatDateTime } from '../../lib/format-time';
import { channelLabel } from './channel-label';
import { FilingDeadline } from './filing-deadline';

export function FilingFacts({ filing }: { filing: FilingPageResponse['filing'] }) {
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>Mã hồ sơ</dt>
        <dd className="reference-text">{filing.reference}</dd>
      </div>
      <div className="facts__row">
        <dt>Thủ tục</dt>
        <dd>{filing.procedureName.vi}</dd>
      </div>
      <div className="facts__row">
        <dt>Tình trạng</dt>
        <dd className="status-text">{filingStatusLabel(filing.status)}</dd>
      </div>
      <div className="facts__row">
        <dt>Kênh nộp</dt>
        <dd>{channelLabel(filing.channel)}</dd>
      </div>
      <div className="facts__row">
        <dt>Người dân</dt>
        <dd>Zalo {filing.userIdMasked}</dd>
      </div>
      <div className="facts__row">
        <dt>Tiếp nhận</dt>
        <dd>{formatDateTime(filing.receivedAt)}</dd>
      </div>
      <div className={filing.overdue ? 'facts__row text-overdue' : 'facts__row'}>
        <dt>Hạn giải quyết</dt>
        <dd>
          <FilingDeadline item={filing} />
        </dd>
      </div>
      <div className="facts__row">
        <dt>Cập nhật lần cuối</dt>
        <dd>{formatDateTime(filing.updatedAt)}</dd>
      </div>
    </dl>
  );
}
