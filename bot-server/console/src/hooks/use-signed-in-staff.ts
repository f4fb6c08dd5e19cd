/**
 * The signed-in official, for screens inside the signed-in part of the app (app/require-session.tsx
 * has loaded the session before any of them renders).
 */
import { useQuery } from '@tanstack/react-query';
import { sessionQuery, type SignedInStaff } from '../api/session-api';

export function useSignedInStaff(): SignedInStaff {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useSignedInStaff used outside the signed-in part of the console');
  return data.user;
}
