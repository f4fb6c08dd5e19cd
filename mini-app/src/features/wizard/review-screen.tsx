/** "Kiểm tra lại thông tin": every answer grouped as the procedure says, each with "Sửa", then submit. */
import { Button } from 'zmp-ui';
import type { EngineEvent, EngineOutput } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import type { ServerWork } from './flow-rules';

type Review = Extract<EngineOutput, { kind: 'review' }>;

export function ReviewScreen({ review, busy, dispatch }: { review: Review; busy: ServerWork | null; dispatch: (event: EngineEvent) => void }) {
  const { t, loc } = useLanguage();
  return (
    <>
      <h1 className="page-title">{t('reviewHeading')}</h1>
      <p>{t('reviewIntro')}</p>
      {review.groups.map((group) => (
        <section key={loc(group.title)} className="review-group">
          <h2 className="section-title">{loc(group.title)}</h2>
          <dl>
            {group.items.map((item) => (
              // A <dl> may only group <dt>/<dd> in a <div>: the "Sửa" button is the row's second <dd>.
              <div key={item.questionId} className="review-row">
                <dt>{loc(item.label)}</dt>
                <dd>{loc(item.display)}</dd>
                <dd className="review-edit">
                  <Button variant="tertiary" size="medium" aria-label={t('editLabel', { label: loc(item.label) })} disabled={busy !== null} onClick={() => dispatch({ type: 'edit', questionId: item.questionId })}>
                    {t('edit')}
                  </Button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="actions">
        <Button fullWidth disabled={busy !== null} onClick={() => dispatch({ type: 'confirm' })}>
          {busy === 'submit' ? t('submitting') : t('submit')}
        </Button>
      </div>
      {busy === 'submit' ? (
        <p className="visually-hidden" role="status">
          {t('submitting')}
        </p>
      ) : null}
    </>
  );
}
