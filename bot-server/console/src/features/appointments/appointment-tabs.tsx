/** For admins, the two screens of "Lịch hẹn": the day's list and the slots they publish. Others see only the list. */
import { NavLink } from 'react-router-dom';
import { useSignedInStaff } from '../../hooks/use-signed-in-staff';
import { mayOpen } from '../../lib/section-roles';

export function AppointmentTabs() {
  if (!mayOpen('appointmentSlots', useSignedInStaff().role)) return null;
  return (
    <nav className="sub-navigation" aria-label="Các trang lịch hẹn">
      <ul>
        <li>
          <NavLink to="/appointments" end>
            Lịch hẹn trong ngày
          </NavLink>
        </li>
        <li>
          <NavLink to="/appointments/slots">Khung giờ hẹn</NavLink>
        </li>
      </ul>
    </nav>
  );
}
