/**
 * Small values kept on the device (language, the simulator token, unsent answers). Storage can
 * be missing or full (private mode, old WebViews): reads then return null and writes are dropped.
 */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Full or forbidden storage: the server copy still holds the answers once saved.
  }
}

export function removeStored(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** A JSON value, or null when absent or unreadable. */
export function readStoredJson(key: string): unknown {
  const raw = readStored(key);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Removes what this app kept about the resident's flows (after "delete my data"); keeps settings. */
export function forgetStoredFlows(): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    for (const key of keys) if (key.startsWith('dvc.flow.') || key === 'dvc.lastFlow') storage.removeItem(key); // see last-flow.ts
  } catch {
    // nothing to do
  }
}
