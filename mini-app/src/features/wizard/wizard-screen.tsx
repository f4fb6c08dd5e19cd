/** Turns the engine's outputs into the one screen to show, with its notices above it. */
import { useEffect, useRef } from 'react';
import { Button } from 'zmp-ui';
import type { EngineEvent, EngineOutput } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import { ConsentScreen } from './consent-screen';
import { EligibilityScreen } from './eligibility-screen';
import type { ServerWork } from './flow-rules';
import { NoticeBanner, noticeMessage } from './notice-banner';
import { QuestionScreen } from './question-screen';
import { ReceiptScreen } from './receipt-screen';
import { ReviewScreen } from './review-screen';

interface WizardScreenProps {
  outputs: EngineOutput[];
  busy: ServerWork | null;
  dispatch: (event: EngineEvent) => void;
}

function find<K extends EngineOutput['kind']>(outputs: EngineOutput[], kind: K): Extract<EngineOutput, { kind: K }> | undefined {
  return outputs.find((output): output is Extract<EngineOutput, { kind: K }> => output.kind === kind);
}

function MainScreen({ outputs, busy, dispatch }: WizardScreenProps) {
  const { t } = useLanguage();
  const receipt = find(outputs, 'receipt');
  if (receipt) return <ReceiptScreen receipt={receipt} />;
  const review = find(outputs, 'review');
  if (review) return <ReviewScreen review={review} busy={busy} dispatch={dispatch} />;
  const consent = find(outputs, 'consent');
  if (consent) return <ConsentScreen consent={consent} dispatch={dispatch} />;
  const question = find(outputs, 'question');
  if (question) return <QuestionScreen key={question.question.id} output={question} busy={busy} dispatch={dispatch} />;
  const eligibility = find(outputs, 'eligibility');
  if (eligibility) return <EligibilityScreen eligibility={eligibility} requirements={find(outputs, 'requirements')} dispatch={dispatch} />;
  // Nothing left to ask (cancelled, or an information-only procedure): offer a fresh start.
  return (
    <div className="actions">
      <Button fullWidth onClick={() => dispatch({ type: 'start' })}>
        {t('startOver')}
      </Button>
    </div>
  );
}

/** Which screen this is: a new one moves the focus to its heading (screen readers hear the new question). */
function screenKey(outputs: EngineOutput[]): string {
  const main = outputs.find((output) => output.kind !== 'notice');
  return main?.kind === 'question' ? `question:${main.question.id}` : (main?.kind ?? 'none');
}

export function WizardScreen(props: WizardScreenProps) {
  const notices = props.outputs.flatMap((output) => (output.kind === 'notice' ? [output.notice] : []));
  const container = useRef<HTMLDivElement>(null);
  const key = screenKey(props.outputs);
  useEffect(() => {
    const heading = container.current?.querySelector('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }, [key]);
  return (
    <div ref={container}>
      {notices.map((notice) => (
        <NoticeBanner key={notice} message={noticeMessage(notice)} />
      ))}
      <MainScreen {...props} />
    </div>
  );
}
