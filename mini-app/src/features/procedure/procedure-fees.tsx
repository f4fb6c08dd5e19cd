/** The fee as published: each line, the online amount where it differs, per-copy amounts, exemptions. */
import type { ProcedureDetailResponse } from '../../../../shared/api/procedure-api-schemas';
import { formatVnd } from '../../../../shared/i18n/language';
import { UnconfirmedMark } from '../../components/unconfirmed-mark';
import { useLanguage } from '../../i18n/language-context';

type Detail = ProcedureDetailResponse['procedure'];
type FeeLine = Detail['fees'][number];

function useAmountText(): (line: FeeLine, online: boolean) => string {
  const { t, lang } = useLanguage();
  return (line, online) => {
    if (line.setByProvince) return t('setByProvince');
    const perUnit = online ? line.onlinePerUnit : line.perUnit;
    if (perUnit !== null) return t('perUnit', { amount: formatVnd(perUnit, lang) });
    const amount = online ? line.onlineAmount : line.amount;
    if (amount === null) return t('setByProvince');
    return amount === 0 ? t('free') : formatVnd(amount, lang);
  };
}

export function ProcedureFees({ procedure }: { procedure: Detail }) {
  const { t, loc } = useLanguage();
  const amountText = useAmountText();
  return (
    <section className="section" aria-labelledby="fee-heading">
      <h2 id="fee-heading" className="section-title">{t('feeHeading')}</h2>
      {procedure.fees.length === 0 ? <p>{t('free')}</p> : null}
      <ul className="item-list">
        {procedure.fees.map((line) => {
          const offline = amountText(line, false);
          const online = amountText(line, true);
          return (
            <li key={line.id} className="item">
              <p className="item-title">{loc(line.label)}</p>
              <p className="item-meta">{offline}</p>
              {online !== offline ? <p className="item-meta">{t('feeOnline', { amount: online })}</p> : null}
              {line.conditional ? <p className="item-note">{t('feeConditional')}</p> : null}
              {line.note ? <p className="item-note">{loc(line.note)}</p> : null}
              {line.unconfirmed ? <UnconfirmedMark /> : null}
            </li>
          );
        })}
      </ul>
      {procedure.feeExemptions.map((exemption) => (
        <p key={exemption.id} className="item-note">
          {t('feeExempt', { reason: loc(exemption.reason) })}
        </p>
      ))}
      {procedure.feeNote ? <p className="item-note">{loc(procedure.feeNote)}</p> : null}
    </section>
  );
}
