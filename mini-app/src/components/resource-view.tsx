import type { ReactNode } from 'react';
import type { ResourceHandle } from '../hooks/use-resource';
import { LoadFailed, Loading } from './load-state';

/** Draws a loaded resource, its loading placeholder, or its error with a retry button. Never blank. */
export function ResourceView<T>({ resource, lines, children }: { resource: ResourceHandle<T>; lines?: number; children: (data: T) => ReactNode }) {
  const { state, retry } = resource;
  if (state.status === 'loading') return <Loading lines={lines} />;
  if (state.status === 'error') return <LoadFailed error={state.error} onRetry={retry} />;
  return <>{children(state.data)}</>;
}
