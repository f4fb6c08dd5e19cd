/**
 * Renders the whole Mini App (shell, router, lazy screens) against the fake server, as a
 * resident signed in through the simulator token.
 */
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../../mini-app/src/app/app';
import { createFakeServer, SIM_TOKEN, type FakeServer } from './fake-server';

// Screens are lazy chunks; the first one a test file opens is compiled on demand.
configure({ asyncUtilTimeout: 5_000 });

export function renderApp(options: { flowPath?: string; server?: FakeServer; keepStorage?: boolean } = {}) {
  const server = options.server ?? createFakeServer();
  vi.stubGlobal('fetch', server.fetch);
  if (!options.keepStorage) localStorage.clear();
  localStorage.setItem('dvc.simUserToken', SIM_TOKEN);
  // The app reopens the flow the resident was in when it was closed.
  if (options.flowPath) localStorage.setItem('dvc.lastFlow', options.flowPath);
  const user = userEvent.setup();
  const view = render(<App />);
  return { server, user, ...view };
}
