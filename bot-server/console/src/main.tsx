/** Mounts the console into #root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base styles first, so every screen's own styles come after them and win.
import './app/console.css';
import './app/pieces.css';
import './app/records.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
