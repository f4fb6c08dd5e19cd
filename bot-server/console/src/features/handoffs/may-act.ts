/**
 * Whether this official may answer or close a handoff, mirroring the server's rule
 * (bot-server/console-api/handoff-actions.ts, ensureMayAct) so the screen does not offer what will
 * be refused: supervisors and admins always; an official when nobody holds it, they hold it, or it
 * is overdue. The server still decides.
 */
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import type { SignedInStaff } from '../../api/session-api';

export const holdsIt = (item: HandoffItem, staff: SignedInStaff): boolean => item.assignedTo?.id === staff.id;

export function mayAct(item: HandoffItem, staff: SignedInStaff): boolean {
  return staff.role !== 'official' || item.assignedTo === null || holdsIt(item, staff) || item.overdue;
}
