/** A fee as the engine worked it out for these answers: lines, total, the online amount, an exemption. */
import type { FeeAssessment } from '../../../shared/engine/assessment-types';
import { formatVnd } from '../../../shared/i18n/language';
import { useLanguage } from '../i18n/language-context';
import { UnconfirmedMark } from './unconfirmed-mark';

export function FeeSummary({ fee }: { fee: FeeAssessment }) {
  const { t, loc, lang } = useLanguage();
  const money = (amount: number | null): string => (amount === null ? t('setByProvince') : amount === 0 ? t('free') : formatVnd(amount, lang));
  return (
    <div className="fee">
      {fee.items.length > 0 ? (
        <ul className="item-list">
          {fee.items.map((line) => (
            <li key={line.id} className="item">
              <p className="item-title">{loc(line.label)}</p>
              <p className="item-meta">{line.setByProvince ? t('setByProvince') : money(line.amount)}</p>
              {line.onlineAmount !== null && line.onlineAmount !== line.amount ? <p className="item-meta">{t('feeOnline', { amount: money(line.onlineAmount) })}</p> : null}
              {line.note ? <p className="item-note">{loc(line.note)}</p> : null}
              {line.unconfirmed ? <UnconfirmedMark /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="fee-total">
        <strong>{t('feeTotal')}: </strong>
        {fee.setByProvince && fee.total === null ? t('setByProvince') : money(fee.total ?? 0)}
      </p>
      {fee.totalOnline !== null && fee.totalOnline !== fee.total ? <p>{t('feeOnline', { amount: money(fee.totalOnline) })}</p> : null}
      {fee.exemption ? <p className="notice notice-info">{t('feeExempt', { reason: loc(fee.exemption.reason) })}</p> : null}
      {fee.note ? <p className="item-note">{loc(fee.note)}</p> : null}
    </div>
  );
}
