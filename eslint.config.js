// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', '.astro/', '.build/', 'public/data/', 'tests/.tmp/', 'bench-results/', 'reviewed-data/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // The data stage, the build, the integrations and the tests run in Node.
    languageOptions: { globals: globals.node },
    rules: {
      // `({ line: _line, ...rest }) => rest` drops a field on purpose (records, trees, the release).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Bundled into the pages: runs in the browser.
    files: ['src/client/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests walk parsed JSON documents (catalogues, JSON-LD, CKAN) through `Record<string, any>`.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
