/**
 * The national address list (34 provinces, 3,321 communes), so address answers are checked here by
 * the engine's own parser, as they will be on the server. It is large (about 130 kB compressed):
 * loaded on its own, only when a procedure asks for an address, and once per page load.
 */
import type { AddressDirectory } from '../../../../../shared/address/address-directory';
import type { AddressSnapshot } from '../../../../../shared/address/address-value';

let loading: Promise<AddressDirectory> | undefined;
let loaded: AddressDirectory | undefined;

export function loadAddressDirectory(): Promise<AddressDirectory> {
  loading ??= Promise.all([import('../../../../../shared/address/address-directory'), import('../../../../../shared/address/address-snapshot.json')]).then(([code, data]) => {
    // The vendored snapshot (bot-server/cli/vendor-address-data.ts); JSON arrays type as string[][], not tuples.
    loaded = code.createAddressDirectory(data.default as unknown as AddressSnapshot);
    return loaded;
  });
  // A failed download (the network) may be tried again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The list if it has arrived, without waiting. */
export const loadedAddressDirectory = (): AddressDirectory | undefined => loaded;
