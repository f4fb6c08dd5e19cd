/** What a screen shows while loading (a spinner and grey lines) and when loading failed (a retry). */
import { Button, Spinner } from 'zmp-ui';
import type { ApiError } from '../api/api-error';
import { useLanguage } from '../i18n/language-context';
import { errorText } from './error-text';

export function Loading({ label, lines = 3 }: { label?: string; lines?: number }) {
  const { t } = useLanguage();
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="loading-row">
        <Spinner visible />
        <span>{label ?? t('loading')}</span>
      </div>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function LoadFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t, lang } = useLanguage();
  return (
    <div className="notice notice-error" role="alert">
      <p>{error.code === 'NOT_SIGNED_IN' ? t('notSignedIn') : errorText(error, lang) || t('loadFailed')}</p>
      <Button variant="secondary" size="medium" onClick={onRetry}>
        {t('retry')}
      </Button>
    </div>
  );
}
