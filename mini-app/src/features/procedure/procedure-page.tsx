/**
 * A procedure before any question: what it is for, where it is handled, papers, fee, time,
 * online level, legal basis, with a visible mark on every unconfirmed fact, and the way into
 * the eligibility check or the online filing.
 */
import { Button, useNavigate, useParams } from 'zmp-ui';
import type { ProcedureDetailResponse } from '../../../../shared/api/procedure-api-schemas';
import { getProcedure } from '../../api/procedures-api';
import { DocumentList } from '../../components/document-list';
import { PageShell } from '../../components/page-shell';
import { ResourceView } from '../../components/resource-view';
import { TalkToOfficialButton } from '../../components/talk-to-official-button';
import { UnconfirmedMark } from '../../components/unconfirmed-mark';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { ProcedureFacts } from './procedure-facts';
import { ProcedureFees } from './procedure-fees';

type Detail = ProcedureDetailResponse['procedure'];

function ProcedureDetailView({ procedure }: { procedure: Detail }) {
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const start = () => navigate(`/procedures/${procedure.id}/steps`);
  return (
    <>
      <h1 className="page-title">{loc(procedure.name)}</h1>
      {procedure.code ? (
        <p className="item-meta">
          {t('procedureCode', { code: procedure.code })} {procedure.codeStatus !== 'confirmed' ? <UnconfirmedMark /> : null}
        </p>
      ) : null}
      <section className="section" aria-labelledby="purpose-heading">
        <h2 id="purpose-heading" className="section-title">{t('purpose')}</h2>
        <p>{loc(procedure.summary)}</p>
        {procedure.hasUnconfirmed && procedure.confidenceNote ? (
          <div className="notice notice-warning">
            <UnconfirmedMark />
            <p>{loc(procedure.confidenceNote)}</p>
          </div>
        ) : null}
      </section>
      {procedure.kind === 'flow' ? (
        <div className="actions">
          <Button fullWidth onClick={start}>
            {t('checkEligibility')}
          </Button>
          {procedure.filingAvailable ? (
            <Button fullWidth variant="secondary" onClick={start}>
              {t('fileOnline')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {procedure.inPersonVisit ? (
        <section className="section" aria-labelledby="visit-heading">
          <h2 id="visit-heading" className="section-title">{t('inPersonVisit')}</h2>
          <p>
            {loc(procedure.inPersonVisit.reason)} {procedure.inPersonVisit.unconfirmed ? <UnconfirmedMark /> : null}
          </p>
          <p className="item-meta">{t('bookAppointmentHint')}</p>
          <Button fullWidth variant="secondary" onClick={() => navigate(`/procedures/${procedure.id}/appointment`)}>
            {t('bookAppointment')}
          </Button>
        </section>
      ) : null}
      <ProcedureFacts procedure={procedure} />
      <section className="section" aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="section-title">{t('documentsHeading')}</h2>
        <DocumentList documents={procedure.documents} />
      </section>
      <ProcedureFees procedure={procedure} />
      <section className="section" aria-labelledby="legal-heading">
        <h2 id="legal-heading" className="section-title">{t('legalBasis')}</h2>
        <ul className="plain-list">
          {procedure.legalBasis.map((basis) => (
            <li key={basis.id}>
              {basis.document}
              {basis.articles ? `, ${basis.articles}` : ''} {basis.unconfirmed ? <UnconfirmedMark /> : null}
            </li>
          ))}
        </ul>
      </section>
      <TalkToOfficialButton topic={{ procedureId: procedure.id, questionId: null, procedureName: loc(procedure.name), step: t('purpose') }} variant="secondary" />
    </>
  );
}

export default function ProcedurePage() {
  const { id = '' } = useParams();
  const detail = useResource(`procedure:${id}`, (signal) => getProcedure(id, signal));
  return (
    <PageShell>
      <ResourceView resource={detail} lines={6}>
        {(data) => <ProcedureDetailView procedure={data.procedure} />}
      </ResourceView>
    </PageShell>
  );
}
