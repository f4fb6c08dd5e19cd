import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/load-state';

/** A screen loaded on first visit (its own chunk), with a spinner meanwhile. */
export function lazyRoute(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Screen = lazy(load);
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading />}>
        <Screen />
      </Suspense>
    );
  };
}
