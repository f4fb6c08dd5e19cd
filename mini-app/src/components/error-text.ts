import type { Language } from '../../../shared/i18n/language';
import type { ApiError } from '../api/api-error';

/** The server's own explanation (Vietnamese, says what to do), in English when asked and given. */
export function errorText(error: ApiError, lang: Language): string {
  return lang === 'en' && error.messageEn ? error.messageEn : error.message;
}
