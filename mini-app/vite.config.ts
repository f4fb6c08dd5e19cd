/**
 * Builds the Mini App into `www/` at the repository root. Run from the root
 * (`npm run build`): zmp-vite-plugin reads `./app-config.json` from the working directory,
 * sets `base: './'` (relative asset URLs, so the app also works under `/mini-app/`) and writes
 * `www/app-config.json` with the CSS and JS lists Zalo loads.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import zaloMiniApp from 'zmp-vite-plugin';

const fromHere = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig({
  root: fromHere('.'),
  base: './',
  plugins: [zaloMiniApp(), react()],
  build: {
    outDir: fromHere('../www'),
    emptyOutDir: true,
    // Zalo's default: old Android WebViews on cheap phones.
    target: 'es2015',
    reportCompressedSize: true,
  },
  server: {
    // `npx vite --config mini-app/vite.config.ts` from the root, with bot-server on :3000.
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
