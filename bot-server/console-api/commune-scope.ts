/**
 * Which officials see this deployment's handoffs and filings. One deployment (one OA) serves one
 * commune's one-stop desk (COMMUNE_CODE); an account tied to another commune sees none of its
 * work, while province-level accounts (no commune) and deployments without COMMUNE_CODE see it all.
 */
import type { Config } from '../config/load-config';
import type { SignedInStaff } from './console-auth';

export function staffSeesDeployment(staff: Pick<SignedInStaff, 'communeCode'>, config: Pick<Config, 'communeCode'>): boolean {
  return staff.communeCode === null || config.communeCode === undefined || staff.communeCode === config.communeCode;
}
