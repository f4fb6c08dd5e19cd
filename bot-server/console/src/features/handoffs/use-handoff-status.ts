/** Which list is shown, "?status=open" (the default) or "?status=resolved", kept in the address so it survives a reload. */
import { useSearchParams } from 'react-router-dom';
import type { HandoffStatus } from '../../api/handoff-api';

export function useHandoffStatus(): HandoffStatus {
  const [params] = useSearchParams();
  return params.get('status') === 'resolved' ? 'resolved' : 'open';
}

export const handoffPath = (status: HandoffStatus, id?: number): string => `/handoffs${id === undefined ? '' : `/${id}`}${status === 'open' ? '' : '?status=resolved'}`;
