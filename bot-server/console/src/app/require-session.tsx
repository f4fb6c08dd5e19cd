/**
 * The gate of the signed-in part: loads who is signed in, and sends anyone else to the sign-in
 * page, remembering where they were going so sign-in can bring them back.
 */
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { forgetSession, sessionQuery } from '../api/session-api';
import { QueryState } from '../components/query-state';

function ToSignIn({ from }: { from: string }) {
  const queryClient = useQueryClient();
  // Whatever an ended session had loaded (residents' messages) is dropped, not kept in memory.
  useEffect(() => forgetSession(queryClient), [queryClient]);
  return <Navigate to="/sign-in" replace state={{ from }} />;
}

export function RequireSession() {
  const session = useQuery(sessionQuery);
  const location = useLocation();
  if (session.data === null) return <ToSignIn from={`${location.pathname}${location.search}`} />;
  if (!session.data) {
    return (
      <main id="main" className="app-main">
        <QueryState error={session.error} loadingText="Đang tải…" onRetry={() => void session.refetch()} />
      </main>
    );
  }
  return <Outlet />;
}
