/** The banner: the console's name, who is signed in and as what, whether updates are live, sign-out. */
import { useSignedInStaff } from '../hooks/use-signed-in-staff';
import { roleLabel } from '../lib/role-label';
import { LiveStatus } from './live-status';
import { SignOutButton } from './sign-out-button';
import type { LiveStatus as Status } from './use-live-updates';

export function AppHeader({ liveStatus }: { liveStatus: Status }) {
  const staff = useSignedInStaff();
  return (
    <header className="app-header">
      <p className="app-header__name">
        Bàn làm việc cán bộ
        <span className="app-header__subtitle">Dịch vụ công trên Zalo</span>
      </p>
      <LiveStatus status={liveStatus} />
      <p className="app-header__user">
        <span className="app-header__user-name">{staff.displayName}</span>
        <span className="app-header__role">{roleLabel(staff.role)}</span>
      </p>
      <SignOutButton />
    </header>
  );
}
