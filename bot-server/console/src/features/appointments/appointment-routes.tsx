/** "Lịch hẹn": /appointments (a day's list, `?date=`) and, for admins, /appointments/slots. */
import type { RouteObject } from 'react-router-dom';
import { RequireRole } from '../../components/require-role';
import { AppointmentDayPage } from './appointment-day-page';
import { SlotsPage } from './slots-page';

export const appointmentRoutes: RouteObject = {
  path: 'appointments',
  children: [
    { index: true, element: <AppointmentDayPage /> },
    {
      path: 'slots',
      element: (
        <RequireRole section="appointmentSlots">
          <SlotsPage />
        </RequireRole>
      ),
    },
  ],
};
