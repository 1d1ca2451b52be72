// The project's lint rules (npm run lint): ESLint's and typescript-eslint's recommended rules,
// with type information for TypeScript; eslint-plugin-astro for components and pages; import-x
// against import circles.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built sites, caches and installed packages, wherever they are. tests/fixtures holds sample
    // manuals and saved web pages (with their own copies of jQuery): data for the tests, not code.
    ignores: [
      '**/dist/',
      '**/.test-dist/',
      '**/.build/',
      '**/.bench/',
      '**/.astro/',
      '**/reports/',
      '**/test-results/',
      '**/playwright-report/',
      '**/digests/',
      '**/studio/node_modules/',
      'packages/*/tests/fixtures/',
      // Made when the starter is packed (its build.mjs).
      'packages/create-safeguarding-manual/lib/',
      'packages/create-safeguarding-manual/template/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { id: _id, ...rest } = x` is how the code leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // An async function without await is how the code meets callbacks typed to return a
      // promise (Workbox plugins, Astro's render, test doubles); the rule would want Promise.resolve.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Without types: TypeScript's program knows neither .astro modules nor the <script> blocks of
    // components (typed rules would see every component as an error type, and lose the blocks'
    // reports), so `astro check` type-checks those instead; and the starter is plain JavaScript
    // for Node 20, written without types.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', 'packages/create-safeguarding-manual/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.ts', '**/*.mjs'],
    ignores: ['**/*.astro/*'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['packages/*/tests/**/*.ts'],
    rules: {
      // Tests read parsed JSON, XML and Pagefind results as they come, untyped, and their
      // assertions check the shape; typing each value first would only repeat the assertion.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The held-out search queries measure search on questions nobody tuned it for: only the
    // command that prints the figure and the browser test that holds it may read them, never
    // the ranking code or its tests.
    files: ['**/*.ts', '**/*.mjs', '**/*.astro'],
    ignores: ['packages/safeguarding-manual/scripts/search-quality.ts', 'packages/safeguarding-manual/tests/e2e/search-held-out.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/search-queries-held-out*'], message: 'Only npm run search-quality and search-held-out.spec.ts read the held-out queries.' }],
        },
      ],
    },
  },
);
