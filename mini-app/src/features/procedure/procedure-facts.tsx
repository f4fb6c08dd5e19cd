/** Agency, result, processing time (with the due date if filed today) and online level. */
import type { ProcedureDetailResponse } from '../../../../shared/api/procedure-api-schemas';
import { UnconfirmedMark } from '../../components/unconfirmed-mark';
import { formatIsoDate } from '../../lib/format-date';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';

const ONLINE_LABELS: Record<string, MessageKey> = { full: 'onlineFull', partial: 'onlinePartial', inPerson: 'onlineInPerson' };

export function ProcedureFacts({ procedure }: { procedure: ProcedureDetailResponse['procedure'] }) {
  const { t, loc } = useLanguage();
  const time = procedure.processingTime;
  const online = ONLINE_LABELS[procedure.onlineLevel];
  return (
    <dl className="facts">
      <div className="fact">
        <dt>{t('agency')}</dt>
        <dd>
          {loc(procedure.agency.name)} ({t(procedure.agency.level === 'commune' ? 'levelCommune' : 'levelProvince')}){' '}
          {procedure.agency.unconfirmed ? <UnconfirmedMark /> : null}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('result')}</dt>
        <dd>{loc(procedure.result)}</dd>
      </div>
      <div className="fact">
        <dt>{t('processingTime')}</dt>
        <dd>
          {time.kind === 'sameDay' ? t('sameDay', { cutoff: time.cutoff }) : t('workingDays', { days: time.days })}
          <br />
          {t('dueIfFiledNow', { date: formatIsoDate(time.dueDateIfFiledNow) })}
          {time.note ? <span className="item-note"> {loc(time.note)}</span> : null}
          {time.unconfirmed ? <UnconfirmedMark /> : null}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('onlineLevel')}</dt>
        <dd>
          {online ? t(online) : procedure.onlineLevel}
          {procedure.onlineLevelNote ? <span className="item-note"> {loc(procedure.onlineLevelNote)}</span> : null}
        </dd>
      </div>
    </dl>
  );
}
