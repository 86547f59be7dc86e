// ESLint flat config. Type-aware rules catch floating promises; the core folder may not import editor APIs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'test-output/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // The wire contract follows vscode-eslint: `namespace XRequest { method; type }`.
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The core is editor-free: no vscode imports under server/src/core.' },
          { name: 'vscode-languageserver', message: 'The core is editor-free: keep LSP code in server/src.' },
          { name: 'vscode-languageserver/node', message: 'The core is editor-free: keep LSP code in server/src.' },
          { name: 'vscode-languageclient', message: 'The core is editor-free.' },
          { name: 'vscode-languageclient/node', message: 'The core is editor-free.' },
        ],
        patterns: [{ group: ['vscode-languageserver*', 'vscode-languageclient*'], message: 'The core is editor-free.' }],
      }],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The server never imports vscode.' }] }],
    },
  },
);
