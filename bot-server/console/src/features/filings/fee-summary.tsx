/** The fee as the resident's receipt worked it out: lines, total, the online amount, an exemption. */
import type { FeeAssessment } from '../../../../../shared/engine/assessment-types';
import { formatVnd } from '../../../../../shared/i18n/language';

const money = (amount: number | null): string => (amount === null ? 'Do tỉnh/thành phố quy định' : amount === 0 ? 'Miễn phí' : formatVnd(amount, 'vi'));

export function FeeSummary({ fee }: { fee: FeeAssessment }) {
  return (
    <>
      {fee.items.length > 0 ? (
        <ul className="plain-list">
          {fee.items.map((line) => (
            <li key={line.id}>
              {line.label.vi}: {line.setByProvince ? money(null) : money(line.amount)}
              {line.onlineAmount !== null && line.onlineAmount !== line.amount ? ` (nộp trực tuyến: ${money(line.onlineAmount)})` : ''}
              {line.note ? <span className="muted"> · {line.note.vi}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <strong>Tổng cộng: </strong>
        {fee.setByProvince && fee.total === null ? money(null) : money(fee.total ?? 0)}
        {fee.totalOnline !== null && fee.totalOnline !== fee.total ? ` (nộp trực tuyến: ${money(fee.totalOnline)})` : ''}
      </p>
      {fee.exemption ? <p>Được miễn lệ phí: {fee.exemption.reason.vi}</p> : null}
      {fee.note ? <p className="muted">{fee.note.vi}</p> : null}
    </>
  );
}
