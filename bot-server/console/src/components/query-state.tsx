/** What a screen shows while its data loads, or when loading failed (with a retry). */
import { ErrorMessage } from './error-message';

interface QueryStateProps {
  error: unknown;
  loadingText: string;
  onRetry: () => void;
}

export function QueryState({ error, loadingText, onRetry }: QueryStateProps) {
  if (!error) return <p className="muted" role="status">{loadingText}</p>;
  return (
    <div className="query-failure">
      <ErrorMessage error={error} />
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Thử lại
      </button>
    </div>
  );
}
