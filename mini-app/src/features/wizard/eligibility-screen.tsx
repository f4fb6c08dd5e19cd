/**
 * The result of the eligibility questions. Not eligible: why, in plain words, with the legal
 * citation, and a way to change the answer that decided it (GOV.UK exit page). Eligible: the
 * papers, fee and time worked out from the answers, and the online filing where available.
 */
import { Button, useNavigate } from 'zmp-ui';
import type { EngineEvent, EngineOutput } from '../../../../shared/engine/engine-types';
import { PapersAndFee } from '../../components/papers-and-fee';
import { UnconfirmedMark } from '../../components/unconfirmed-mark';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';
import { formatIsoDate } from '../../lib/format-date';

type Eligibility = Extract<EngineOutput, { kind: 'eligibility' }>;
type Requirements = Extract<EngineOutput, { kind: 'requirements' }>;

const HEADINGS: Record<Eligibility['result'], MessageKey> = {
  eligible: 'eligible',
  notEligible: 'notEligible',
  otherProcedure: 'otherProcedure',
  talkToOfficial: 'talkToOfficialResult',
};

function RequirementsView({ requirements }: { requirements: Requirements }) {
  const { t, loc } = useLanguage();
  const { time } = requirements;
  return (
    <>
      <PapersAndFee documents={requirements.documents} fee={requirements.fee} idPrefix="req" documentsTitle="documentsHeading" />
      <section className="section" aria-labelledby="req-time">
        <h2 id="req-time" className="section-title">{t('processingTime')}</h2>
        <p>{time.kind === 'sameDay' ? t('sameDay', { cutoff: time.cutoff }) : t('workingDays', { days: time.days })}</p>
        <p>{t('dueIfFiledNow', { date: formatIsoDate(time.dueDate) })}</p>
        {time.note ? <p className="item-note">{loc(time.note)}</p> : null}
        {time.unconfirmed ? <UnconfirmedMark /> : null}
      </section>
    </>
  );
}

interface EligibilityScreenProps {
  eligibility: Eligibility;
  requirements?: Requirements;
  dispatch: (event: EngineEvent) => void;
}

export function EligibilityScreen({ eligibility, requirements, dispatch }: EligibilityScreenProps) {
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const eligible = eligibility.result === 'eligible';
  return (
    <>
      <h1 className="page-title">{t(HEADINGS[eligibility.result])}</h1>
      {eligibility.reasons.length > 0 ? (
        <section className="section" aria-labelledby="why-heading">
          <h2 id="why-heading" className="section-title">{t('why')}</h2>
          {eligibility.reasons.map((reason) => (
            <div key={reason.ruleId} className={eligible ? 'notice' : 'notice notice-warning'}>
              <p>{loc(reason.text)}</p>
              {reason.citations.map((citation) => (
                <p key={`${citation.document}-${citation.article ?? ''}`} className="item-note">
                  {t('citation', { source: citation.article ? `${citation.article}, ${citation.document}` : citation.document })}
                </p>
              ))}
              {reason.unconfirmed ? <UnconfirmedMark /> : null}
            </div>
          ))}
        </section>
      ) : null}
      {eligible && requirements ? <RequirementsView requirements={requirements} /> : null}
      <div className="actions">
        {eligible && requirements?.filingAvailable ? (
          <Button fullWidth onClick={() => dispatch({ type: 'startFiling' })}>
            {t('startFiling')}
          </Button>
        ) : null}
        {eligible && requirements && !requirements.filingAvailable ? <p className="notice notice-info">{t('noFilingHere')}</p> : null}
        {eligibility.result === 'otherProcedure' && eligibility.procedureId ? (
          <Button fullWidth onClick={() => navigate(`/procedures/${eligibility.procedureId ?? ''}`)}>
            {t('goToProcedure')}
          </Button>
        ) : null}
        {eligible ? null : (
          <Button variant="secondary" fullWidth onClick={() => dispatch({ type: 'back' })}>
            {t('changeAnswer')}
          </Button>
        )}
      </div>
    </>
  );
}
