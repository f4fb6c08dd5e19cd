/**
 * Unfinished drafts, from the Mini App or the OA chat, with "Tiếp tục". Quiet when there are
 * none; a failure to load shows a retry (the drafts are still safe on the server).
 */
import { Button, useNavigate } from 'zmp-ui';
import { listDrafts } from '../../api/resident-api';
import { LoadFailed } from '../../components/load-state';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import { stageLabel } from '../../i18n/stage-label';

export function DraftList() {
  const { t, loc } = useLanguage();
  const navigate = useNavigate();
  const drafts = useResource('drafts', (signal) => listDrafts(signal));
  const { state } = drafts;
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <LoadFailed error={state.error} onRetry={drafts.retry} />;
  const open = state.data.filter((draft) => stageLabel(draft.stage) !== undefined);
  if (open.length === 0) return null;
  return (
    <section className="section" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" className="section-title">
        {t('drafts')}
      </h2>
      <ul className="item-list">
        {open.map((draft) => {
          const name = loc(draft.procedureName);
          const stage = stageLabel(draft.stage);
          return (
            <li key={draft.procedureId} className="item item-row">
              <div>
                <p className="item-title">{name}</p>
                <p className="item-meta">
                  {draft.position ? t('draftPosition', draft.position) : stage ? t('draftStage', { stage: t(stage) }) : null}
                </p>
              </div>
              <Button size="medium" aria-label={t('resumeLabel', { name })} onClick={() => navigate(`/procedures/${draft.procedureId}/steps`)}>
                {t('resume')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
