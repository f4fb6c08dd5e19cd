/** The filings work queue's addresses: /filings (the list, filters in the query) and /filings/:reference. */
import type { RouteObject } from 'react-router-dom';
import { FilingListPage } from './filing-list-page';
import { FilingPage } from './filing-page';

export const filingRoutes: RouteObject = {
  path: 'filings',
  children: [
    { index: true, element: <FilingListPage /> },
    { path: ':reference', element: <FilingPage /> },
  ],
};
