import { Progress } from 'zmp-ui';
import { useLanguage } from '../../i18n/language-context';

/** "Câu 3/7" and a bar, numbered within the stage (eligibility questions, then filing details). */
export function ProgressHeader({ index, total, stage }: { index: number; total: number; stage: 'questions' | 'filing' }) {
  const { t } = useLanguage();
  const text = t(stage === 'filing' ? 'filingProgress' : 'questionProgress', { index, total });
  return (
    <div className="progress">
      <p className="progress-text" id="progress-text">
        {text}
      </p>
      <div role="progressbar" aria-labelledby="progress-text" aria-valuemin={0} aria-valuemax={total} aria-valuenow={index}>
        <Progress completed={index} maxCompleted={Math.max(total, 1)} />
      </div>
    </div>
  );
}
