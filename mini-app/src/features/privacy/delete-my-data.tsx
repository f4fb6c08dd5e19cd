/** "Xóa dữ liệu của tôi", behind a confirmation: it cannot be undone. */
import { useState } from 'react';
import { Button } from 'zmp-ui';
import { isApiError } from '../../api/api-error';
import { errorText } from '../../components/error-text';
import { useLanguage } from '../../i18n/language-context';
import { forgetStoredFlows } from '../../lib/stored-value';
import { deleteMyData } from './privacy-api';

type Step = 'idle' | 'confirming' | 'deleting' | 'done';

export function DeleteMyData() {
  const { t, lang } = useLanguage();
  const [step, setStep] = useState<Step>('idle');
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setStep('deleting');
    setError(null);
    try {
      await deleteMyData();
      forgetStoredFlows();
      setStep('done');
    } catch (caught) {
      setError(isApiError(caught) ? errorText(caught, lang) : t('loadFailed'));
      setStep('confirming');
    }
  };
  return (
    <section className="section" aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="section-title">{t('deleteHeading')}</h2>
      <p>{t('deleteExplain')}</p>
      {step === 'done' ? (
        <p className="notice notice-ok" role="status">
          {t('deleteDone')}
        </p>
      ) : null}
      {step === 'idle' ? (
        <Button type="danger" variant="secondary" fullWidth onClick={() => setStep('confirming')}>
          {t('deleteButton')}
        </Button>
      ) : null}
      {step === 'confirming' || step === 'deleting' ? (
        <div className="notice notice-warning" role="alertdialog" aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-text">
          <p id="delete-confirm-title" className="item-title">{t('deleteConfirmTitle')}</p>
          <p id="delete-confirm-text">{t('deleteConfirmText')}</p>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="actions">
            <Button type="danger" fullWidth disabled={step === 'deleting'} onClick={() => void remove()}>
              {t('deleteConfirm')}
            </Button>
            <Button variant="tertiary" fullWidth disabled={step === 'deleting'} onClick={() => setStep('idle')}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
