/**
 * The flow the resident was in when the app closed, so opening it again puts them back there.
 * Only the path is kept: the answers live on the server (and in the wizard's unsent queue).
 */
import { readStored, removeStored, writeStored } from './stored-value';

const LAST_FLOW_KEY = 'dvc.lastFlow';
const FLOW_PATH = /^\/procedures\/[a-z][a-z0-9-]*\/steps$/;

export function isFlowPath(path: string): boolean {
  return FLOW_PATH.test(path);
}

export function lastFlow(): string | null {
  const path = readStored(LAST_FLOW_KEY);
  return path && isFlowPath(path) ? path : null;
}

export function rememberFlow(path: string): void {
  writeStored(LAST_FLOW_KEY, path);
}

/** The flow ended (filed, cancelled) or the resident left it for home: nothing to reopen. */
export function forgetFlow(): void {
  removeStored(LAST_FLOW_KEY);
}

/** A link from the OA chat (`?procedure=<id>`) opens that procedure's flow, resuming its draft. */
export function linkedFlow(search: string): string | null {
  const id = new URLSearchParams(search).get('procedure');
  const path = id ? `/procedures/${id}/steps` : null;
  return path && isFlowPath(path) ? path : null;
}
