import snapshot from '../../shared/address/address-snapshot.json';
import { createAddressDirectory } from '../../shared/address/address-directory';
import type { AddressSnapshot } from '../../shared/address/address-value';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { realCatalog } from './real-catalog';

export const addresses = createAddressDirectory(snapshot as unknown as AddressSnapshot);

export function procedureById(id: string): Procedure {
  const procedure = realCatalog().procedures.find((p) => p.id === id);
  if (!procedure) throw new Error(`no procedure ${id} in the catalog`);
  return procedure;
}
