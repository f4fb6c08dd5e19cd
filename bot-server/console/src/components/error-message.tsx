/** A failure shown next to what caused it, announced at once to screen readers. */
import { errorText } from '../lib/error-text';

export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  return (
    <p className="error-message" role="alert" id={id}>
      {errorText(error)}
    </p>
  );
}
