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
  { ignores: ['node_modules/', 'www/', 'dist/', 'data/', 'coverage/', '.scratch/'] },
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
);
