/**
 * The frame of every signed-in screen: a skip link, the banner, the menu, and the main region the
 * skip link lands on. Live updates run here, once, for every screen.
 */
import { Outlet } from 'react-router-dom';
import { AppHeader } from './app-header';
import { MainNavigation } from './main-navigation';
import { useLiveUpdates } from './use-live-updates';
import './shell.css';

export function AppShell() {
  const liveStatus = useLiveUpdates();
  return (
    <>
      <a className="skip-link" href="#main">
        Bỏ qua menu, đến nội dung chính
      </a>
      <AppHeader liveStatus={liveStatus} />
      <MainNavigation />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
