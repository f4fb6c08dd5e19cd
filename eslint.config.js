// One lint config for the whole repo. Import boundaries: shared/ imports neither bot-server/ nor
// mini-app/ nor Node built-ins, and its runtime parts (engine, rules, validators, text, search,
// conversation) never load zod at run time, so the Mini App bundle stays small.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const impureInShared = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'shared/ is pure: take the time from the context.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'shared/ is pure: take the time from the context.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'shared/ is pure: inject randomness.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'www/', 'dist/', 'bot-server/console/dist/', 'data/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', 'eslint.config.js', 'bot-server/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...impureInShared],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/bot-server/**', '**/mini-app/**'], message: 'shared/ must not import bot-server or mini-app.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'http'], message: 'shared/ is pure: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/engine/**/*.ts', 'shared/rules/**/*.ts', 'shared/validators/**/*.ts', 'shared/text/**/*.ts', 'shared/search/**/*.ts', 'shared/conversation/**/*.ts', 'shared/address/**/*.ts', 'shared/filing/**/*.ts', 'shared/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The engine runs in the Mini App: import zod types only (import type).', allowTypeImports: true }],
          patterns: [
            { group: ['**/bot-server/**', '**/mini-app/**'], message: 'shared/ must not import bot-server or mini-app.' },
            { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
            { group: ['**/schema/*-schema'], importNames: ['procedureSchema', 'questionSchema', 'scenarioFileSchema'], message: 'Runtime parts use schema types only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['bot-server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/mini-app/**'], message: 'bot-server and mini-app meet only through HTTP.' }] }],
    },
  },
  // The Mini App (Bulletproof React): app/ → features/* → components, hooks, lib, api, i18n,
  // platform. Features do not import each other; zmp-sdk sits behind src/platform/zalo.ts; API
  // and schema files are imported for their types only, so zod never reaches the bundle.
  {
    files: ['mini-app/**/*.{ts,tsx}', 'tests/mini-app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['tests/mini-app/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.node } } },
  miniAppImports('mini-app/**/*.{ts,tsx}'),
  miniAppImports('mini-app/src/features/**', {
    regex: '^\\.\\./(?!\\.\\./)|/features/',
    message: 'Features do not import each other: move what they share to src/components, src/hooks or src/lib.',
  }),
  miniAppImports('mini-app/src/{components,hooks,lib,api,i18n,platform}/**', {
    regex: '/(features|app)/',
    message: 'Shared parts of the Mini App do not import features or the app shell.',
  }),
  miniAppImports('mini-app/src/platform/zalo.ts', undefined, { allowSdk: true }),
  // The officials' console (bot-server/console): a browser app, the same layers as the Mini App.
  {
    files: ['bot-server/console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...consoleImports(),
);

/**
 * The console meets the server only over HTTP: leaving bot-server/console, an import may only reach
 * shared/. Import strings are relative, so the rule is written per folder depth below the console.
 * Features do not import each other or the app shell; shared layers import neither.
 */
function consoleImports() {
  const layers = [
    { files: 'src/features/**', regex: '^\\.\\./(?!\\.\\./)|/(features|app)/', message: 'Features import neither each other nor the app shell: move what they share to src/components, src/hooks, src/lib or src/api.' },
    { files: 'src/{components,hooks,lib,api}/**', regex: '/(features|app)/', message: 'Shared parts of the console do not import features or the app shell.' },
  ];
  return [0, 1, 2, 3, 4].map((depth) => ({
    files: [`bot-server/console/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./shared/)`, message: 'The console meets bot-server over HTTP only: it may import shared/, never server code or mini-app/.' }] }],
    },
  })).concat(layers.map((layer) => ({
    files: [`bot-server/console/${layer.files}`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: layer.regex, message: layer.message }] }] },
  })));
}

/** Import rules for Mini App files; `extra` adds a layer rule, `allowSdk` frees zmp-sdk for the platform module. */
function miniAppImports(files, extra, { allowSdk = false } = {}) {
  const patterns = [
    { group: ['**/bot-server/**'], message: 'mini-app and bot-server meet only through HTTP.' },
    { group: ['**/shared/api/*', '**/shared/schema/*', '**/shared/catalog/*'], allowTypeImports: true, message: 'Import schemas and API contracts as types only (import type): zod stays out of the bundle.' },
    { group: ['react-router', 'react-router-dom'], message: "Use zmp-ui's router exports (Route, useNavigate, useParams…)." },
    ...(allowSdk ? [] : [{ group: ['zmp-sdk', 'zmp-sdk/*'], message: 'Only src/platform/zalo.ts talks to zmp-sdk.' }]),
    ...(extra ? [extra] : []),
  ];
  return {
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'zod', allowTypeImports: true, message: 'zod stays out of the Mini App bundle: import types only.' }], patterns }],
    },
  };
}
