/**
 * Which filings a console account may see. Officials, supervisors and admins see every filing of
 * the commune this deployment serves; volunteers only those they assisted at the desk; an account
 * of another commune sees none. Filings they may not see answer like unknown ones (404).
 */
import type { Config } from '../config/load-config';
import type { FilingQueueRow } from '../storage/filing-queue-store';
import type { SignedInStaff } from './console-auth';
import { staffSeesDeployment } from './commune-scope';

/** None: the account belongs to another commune. Assisted: only filings with `assisted_by` = `staffId`. */
export type FilingScope = { kind: 'none' } | { kind: 'all' } | { kind: 'assisted'; staffId: number };

export function filingScopeOf(staff: SignedInStaff, config: Pick<Config, 'communeCode'>): FilingScope {
  if (!staffSeesDeployment(staff, config)) return { kind: 'none' };
  return staff.role === 'volunteer' ? { kind: 'assisted', staffId: staff.id } : { kind: 'all' };
}

export function scopeIncludes(scope: FilingScope, filing: Pick<FilingQueueRow, 'assisted_by'>): boolean {
  return scope.kind === 'all' || (scope.kind === 'assisted' && filing.assisted_by === scope.staffId);
}
