/**
 * The eligibility check and filing for one procedure: starts a new flow, or resumes the
 * resident's draft (begun here or in the OA chat) where it stands.
 */
import { useEffect } from 'react';
import { Button, useParams } from 'zmp-ui';
import { PageShell } from '../../components/page-shell';
import { LoadFailed, Loading } from '../../components/load-state';
import { errorText } from '../../components/error-text';
import { TalkToOfficialButton } from '../../components/talk-to-official-button';
import { useLanguage } from '../../i18n/language-context';
import { forgetFlow } from '../../lib/last-flow';
import { stageLabel } from '../../i18n/stage-label';
import type { HandoffTopic } from '../../hooks/use-talk-to-official';
import { NoticeBanner } from './notice-banner';
import { SaveIndicator } from './save-indicator';
import { useWizard, type Wizard } from './use-wizard';
import { WizardScreen } from './wizard-screen';

function useHandoffTopic(wizard: Wizard): HandoffTopic {
  const { loc, t } = useLanguage();
  const { session, outputs } = wizard.view;
  const procedure = wizard.load.status === 'ready' ? wizard.load.procedure : null;
  const question = outputs.find((output) => output.kind === 'question');
  const stage = session ? stageLabel(session.stage) : undefined;
  const step = question?.kind === 'question' ? loc(question.question.prompt) : stage ? t(stage) : '';
  return { procedureId: procedure?.id ?? null, questionId: session?.current ?? null, procedureName: procedure ? loc(procedure.name) : undefined, step };
}

export default function WizardPage() {
  const { id = '' } = useParams();
  const { t, lang } = useLanguage();
  const wizard = useWizard(id);
  const topic = useHandoffTopic(wizard);
  const { session, outputs } = wizard.view;
  const dispatch = (event: Parameters<Wizard['dispatch']>[0]) => void wizard.dispatch(event);
  const question = outputs.find((output) => output.kind === 'question');
  const canStepBack = session !== null && !session.closed && !(question?.kind === 'question' && !question.canGoBack);
  // A filed or cancelled flow is over: reopening the app should not start it again.
  useEffect(() => {
    if (session?.closed) forgetFlow();
  }, [session?.closed]);
  return (
    <PageShell aside={<SaveIndicator status={wizard.saveStatus} onRetry={wizard.retrySave} />} onBack={canStepBack && wizard.busy === null ? () => dispatch({ type: 'back' }) : undefined}>
      {wizard.load.status === 'loading' ? <Loading lines={4} /> : null}
      {wizard.load.status === 'error' ? <LoadFailed error={wizard.load.error} onRetry={wizard.reload} /> : null}
      {wizard.load.status === 'ready' ? (
        <>
          {wizard.notice ? <NoticeBanner message={wizard.notice} /> : null}
          {wizard.actionError ? (
            <div className="notice notice-error" role="alert">
              <p>{errorText(wizard.actionError, lang)}</p>
              <Button variant="secondary" size="medium" onClick={wizard.retryAction}>
                {t('retry')}
              </Button>
            </div>
          ) : null}
          <WizardScreen outputs={outputs} busy={wizard.busy} dispatch={dispatch} />
          {session && !session.closed ? <TalkToOfficialButton topic={topic} /> : null}
        </>
      ) : null}
    </PageShell>
  );
}
