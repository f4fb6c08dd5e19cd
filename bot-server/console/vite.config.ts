/**
 * Builds the officials' console into `bot-server/console/dist/` (git-ignored), which bot-server
 * serves under `/console/`. Run from the repository root: `npm run build:console`. Asset URLs are
 * absolute (`/console/assets/…`), so deep links such as /console/handoffs/12 load them too.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const fromHere = (path: string): string => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig({
  root: fromHere('.'),
  base: '/console/',
  plugins: [react()],
  // The address list (shared/address/address-snapshot.json, loaded on its own for volunteers'
  // address answers) parses faster as one JSON.parse than as a large object literal.
  json: { stringify: true },
  build: {
    outDir: fromHere('dist'),
    emptyOutDir: true,
    // Officials use current desktop browsers and tablets; no legacy transforms or polyfills.
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      // zod's sources carry /* @__PURE__ */ comments Rollup cannot place: harmless, and noise on every build.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  server: {
    // `npx vite --config bot-server/console/vite.config.ts` from the root, with bot-server on :3000.
    port: 5174,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
