// A small, strict rule set the whole tree holds (`npm run lint`, run in CI): every rule here is an
// error, so a finding fails the build instead of joining a pile of warnings. The architecture
// boundaries (which library may import which) are checked by dependency-cruiser, see
// .dependency-cruiser.js; this file only catches the import *spelling* an editor can show at once.
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const { defineConfig } = require('eslint/config');

module.exports = defineConfig(
  {
    // Generated from the official OpenAPI documents (tools/generate-wire-types.js): their text,
    // the standard's own wording included, is not ours to lint.
    ignores: [
      'dist/**', 'var/**', 'coverage/**', 'node_modules/**', 'certs/**', 'third_party/**',
      'libs/standards/src/generated/**', 'libs/ozone-connect/src/wire/generated/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        // Typed linting (one TypeScript program for the tree, as `tsc -p tsconfig.json` builds it)
        // for the rules that need types: a promise nobody awaits loses its error.
        projectService: true,
        tsconfigRootDir: __dirname,
      },
    },
    rules: {
      // Unused code is deleted, not kept; a deliberately unused parameter says so with `_`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `== null` (null or undefined) is the one loose comparison we allow.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A suppressed type error must say why (`@ts-expect-error -- reason`); `@ts-ignore` never.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // Production code says what it holds; tests may poke at untyped JSON (see below).
      '@typescript-eslint/no-explicit-any': 'error',
      // Libraries are imported through their public API (`@hub/<name>`, i.e. its index.ts).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hub/*/**'],
              message: 'Import another library through its public API `@hub/<name>` (its index.ts), not a deep path.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test code: responses are inspected as loose JSON, and a module is re-required inside
    // jest.isolateModules to read the environment afresh.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.fixture.ts', '**/testing/**', 'libs/testing/**', 'test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Node scripts and configuration (CommonJS).
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly',
        process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', structuredClone: 'writable', globalThis: 'readonly',
      },
    },
    rules: { eqeqeq: ['error', 'always', { null: 'ignore' }] },
  },
);
