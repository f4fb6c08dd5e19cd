/** Names the browser tab after the screen, so a screen reader announces where a navigation landed. */
import { useEffect } from 'react';

const APP_NAME = 'Bàn làm việc cán bộ';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
}
