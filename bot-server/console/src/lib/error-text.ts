/** What to tell an official about a failure: the server's own Vietnamese message when there is one. */
import { ConsoleApiError } from '../api/console-api-error';

export function errorText(error: unknown): string {
  if (error instanceof ConsoleApiError) return error.message;
  return 'Đã có lỗi không mong muốn. Hãy tải lại trang rồi thử lại.';
}
