/** The menu of sections this official may open; the current one is marked for screen readers too. */
import { NavLink } from 'react-router-dom';
import { useSignedInStaff } from '../hooks/use-signed-in-staff';
import { navigationEntriesFor } from './navigation-entries';

export function MainNavigation() {
  const entries = navigationEntriesFor(useSignedInStaff().role);
  if (entries.length === 0) return null;
  return (
    <nav className="main-navigation" aria-label="Chức năng chính">
      <ul>
        {entries.map((entry) => (
          <li key={entry.to}>
            <NavLink to={entry.to}>{entry.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
