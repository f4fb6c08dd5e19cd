import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Mini App components (.tsx) use React's automatic JSX runtime; their test files opt into jsdom
  // with a `// @vitest-environment jsdom` comment, everything else runs in Node.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/bench/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
