/**
 * "Nộp hộ": /assisted-filings (the prepared filings) and /assisted-filings/new (helping one
 * resident). The latter runs the shared engine and its validators (the phone-number metadata is
 * large), so it is loaded only when opened, like the dashboard.
 */
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { AssistedFilingListPage } from './assisted-filing-list-page';

const NewAssistedFilingPage = lazy(() => import('./new-assisted-filing-page').then((module) => ({ default: module.NewAssistedFilingPage })));

export const assistedFilingRoutes: RouteObject = {
  path: 'assisted-filings',
  children: [
    { index: true, element: <AssistedFilingListPage /> },
    {
      path: 'new',
      element: (
        <Suspense fallback={<p className="muted" role="status">Đang tải…</p>}>
          <NewAssistedFilingPage />
        </Suspense>
      ),
    },
  ],
};
