import js from '@eslint/js'
import ts from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import { builtinModules } from 'node:module'
import local from './eslint-local/layering.js'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'Node',
  'location',
  'fetch',
]

export default ts.config(
  {
    ignores: [
      'out/',
      '.e2e-host/',
      '.test-host/',
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.reports/',
      'e2e/screenshots/',
      'eslint-fixtures/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layering (as VS Code's code-layering): which of our folders each folder may import, relative paths resolved.
  {
    files: ['src/**'],
    plugins: { local },
    rules: { 'local/layering': 'error' },
  },
  // Shared and core are pure, main alone knows Electron (host tests may use Node's own fetch).
  {
    files: ['src/core/**', 'src/backend/**', 'src/host/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src/main and src/preload know Electron.' }] },
      ],
    },
  },
  {
    files: ['src/core/**', 'src/backend/**', 'src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'Only the renderer uses the DOM.' })),
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared must run without Electron.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/shared must not use Node built-ins.' })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: 'src/shared must not use the DOM.' })),
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer talks to main only through window.api.' }] },
      ],
    },
  },
)
