// Lint for the whole workspace (ESLint flat config, typescript-eslint). Syntax-level rules only:
// the type checker (`tsc -b` in the build) already proves types, and type-aware linting would
// double the test run's time on two cores.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', 'docs/**', '**/*.d.ts', 'packages/elements/test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Unused names are errors, except a deliberately ignored one (`_name`) and the rest of a destructuring.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      'prefer-const': ['error', { destructuring: 'all' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Input checks match control characters on purpose (NUL, C0, bidi controls in a dossier).
      'no-control-regex': 'off',
    },
  },
  {
    // The invalid fixtures break required shapes on purpose, on free-form JSON copies.
    files: ['packages/plans/src/**/invalid.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests poke at untyped JSON answers and assert with chai's property style (`to.be.true`).
    files: ['tests/**', 'packages/**/test/**', '**/*.test.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Browser tests run under @web/test-runner's mocha.
    files: ['packages/elements/test/**/*.js'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
