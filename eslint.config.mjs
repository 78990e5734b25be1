import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // test/fixtures/react-19-types mirrors @types/react's own declarations (their `any`s and empty interfaces included).
  { ignores: ['.scratch/**', 'dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.test-results/', 'test/fixtures/react-19-types/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/bench/**/*.mjs', 'test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Feed text is untrusted: bind it as text.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Feed text is untrusted: bind it as text.' },
      ],
    },
  },
  {
    files: ['tools/**/*.mjs', 'bin/**/*.mjs', 'test/**/*.mjs', '*.config.mjs', '.size-limit.cjs'],
    rules: { 'no-console': 'off' },
  },
);
