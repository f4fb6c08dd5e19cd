/**
 * A short message at the bottom of the screen (zmp-ui snackbar). zmp-ui's own typing of
 * `useSnackbar` is broken (it points at a path inside its build), so it is typed once here.
 * Text only: the typed snackbars draw an icon from a font on Zalo's CDN, which shows as its
 * ligature name ("zi_close_circle_solid") wherever that font cannot load.
 */
import { useCallback } from 'react';
import { useSnackbar } from 'zmp-ui';

interface SnackbarApi {
  openSnackbar: (options: { text: string; type?: 'default'; duration?: number }) => void;
}

export function useNotify(): (text: string) => void {
  const snackbar = (useSnackbar as unknown as () => SnackbarApi)();
  return useCallback((text) => snackbar.openSnackbar({ text, type: 'default', duration: 5000 }), [snackbar]);
}
