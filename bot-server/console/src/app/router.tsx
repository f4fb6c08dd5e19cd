/**
 * The console's addresses, under /console/: the sign-in page on its own; every other screen behind
 * the session gate, inside the shell, each section behind its roles. The dashboard, with its chart
 * library, is loaded only when opened, so the inbox loads as fast as before.
 */
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router-dom';
import { RequireRole } from '../components/require-role';
import type { Section } from '../lib/section-roles';
import { AccountsPage } from '../features/accounts/accounts-page';
import { appointmentRoutes } from '../features/appointments/appointment-routes';
import { assistedFilingRoutes } from '../features/assisted-filing/assisted-filing-routes';
import { AuditLogPage } from '../features/audit-log/audit-log-page';
import { filingRoutes } from '../features/filings/filing-routes';
import { handoffRoutes } from '../features/handoffs/handoff-routes';
import { OfficeSettingsPage } from '../features/office-settings/office-settings-page';
import { ProceduresPage } from '../features/procedures/procedures-page';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { AppShell } from './app-shell';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page').then((module) => ({ default: module.DashboardPage })));

/** `route` for the roles of `section` only (lib/section-roles.ts). */
const gated = (section: Section, route: RouteObject): RouteObject => ({
  element: (
    <RequireRole section={section}>
      <Outlet />
    </RequireRole>
  ),
  children: [route],
});

const loading = <p className="muted" role="status">Đang tải…</p>;

export function createConsoleRouter() {
  return createBrowserRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomeRedirect /> },
              gated('handoffs', handoffRoutes),
              gated('filings', filingRoutes),
              gated('assistedFilings', assistedFilingRoutes),
              gated('appointments', appointmentRoutes),
              gated('procedures', { path: 'procedures', element: <ProceduresPage /> }),
              gated('dashboard', { path: 'dashboard', element: <Suspense fallback={loading}><DashboardPage /></Suspense> }),
              gated('auditLog', { path: 'audit-log', element: <AuditLogPage /> }),
              gated('accounts', { path: 'accounts', element: <AccountsPage /> }),
              gated('officeSettings', { path: 'office-settings', element: <OfficeSettingsPage /> }),
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
    { basename: '/console' },
  );
}
