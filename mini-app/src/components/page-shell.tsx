/**
 * One screen: zmp-ui's Page (scroll handling, transitions) with a back button and the page
 * heading. Screens whose heading is a question label pass no `title` and draw their own h1.
 */
import type { ReactNode } from 'react';
import { Page, useLocation, useNavigate } from 'zmp-ui';
import { useLanguage } from '../i18n/language-context';

interface PageShellProps {
  title?: string;
  /** Home has no back button. */
  showBack?: boolean;
  /** Extra controls at the right of the top bar (language switch, save status). */
  aside?: ReactNode;
  /** What Back does instead of leaving the page (the wizard steps back through its questions). */
  onBack?: () => void;
  children: ReactNode;
}

export function PageShell({ title, showBack = true, aside, onBack, children }: PageShellProps) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  // The first entry of the memory router has no page behind it (opened from a link or resumed).
  const leave = () => (location.key === 'default' ? navigate('/', { replace: true }) : navigate(-1));
  return (
    <Page className="page" restoreScrollOnBack>
      <div className="top-bar">
        {showBack ? (
          <button type="button" className="back-button" onClick={onBack ?? leave}>
            <span aria-hidden="true">‹ </span>
            {t('back')}
          </button>
        ) : null}
        <div className="top-bar-aside">{aside}</div>
      </div>
      <main className="page-body">
        {title ? <h1 className="page-title">{title}</h1> : null}
        {children}
      </main>
    </Page>
  );
}
