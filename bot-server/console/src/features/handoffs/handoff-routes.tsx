/** The inbox's addresses: /handoffs (the list) and /handoffs/:handoffId (the list beside one handoff). */
import type { RouteObject } from 'react-router-dom';
import { HandoffDetail } from './handoff-detail';
import { HandoffInboxPage } from './handoff-inbox-page';
import { NoHandoffSelected } from './no-handoff-selected';

export const handoffRoutes: RouteObject = {
  path: 'handoffs',
  element: <HandoffInboxPage />,
  children: [
    { index: true, element: <NoHandoffSelected /> },
    { path: ':handoffId', element: <HandoffDetail /> },
  ],
};
