/** "Đang lưu…", "Đã lưu" or "Chưa lưu được – thử lại": the state of the background saving. */
import { useLanguage } from '../../i18n/language-context';
import type { SaveStatus } from './save-queue';

export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useLanguage();
  if (status === 'idle') return null;
  if (status === 'failed') {
    return (
      <span className="save-status save-status-failed" role="status">
        <button type="button" className="chip" onClick={onRetry} title={t('saveFailedHint')}>
          {t('saveFailed')}
        </button>
      </span>
    );
  }
  return (
    <span className="save-status" role="status">
      {status === 'saving' ? t('saving') : t('saved')}
    </span>
  );
}
