import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'coverage/', 'web/src/api.gen.ts'] },
  js.configs.recommended,
  { files: ['bin/**/*.js', 'eslint.config.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/*', '**/http/*', '**/features/*', 'kysely', 'hono', 'pg'], message: 'domain/ holds pure rules: no I/O imports' }] },
      ],
    },
  },
  // Imports only go down (STYLE.md): the app assembly → http and routes → use cases → domain and
  // db. Use cases never import http/, the domain imports nothing with I/O.
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/elements': [
        { type: 'app', mode: 'full', pattern: ['src/app.ts', 'src/runtime.ts', 'src/server.ts', 'src/cli.ts', 'src/cli-commands.ts'] },
        { type: 'routes', mode: 'full', pattern: ['src/features/*/routes.ts', 'src/features/*/*-routes.ts', 'src/features/*/schemas.ts'] },
        { type: 'http', mode: 'full', pattern: 'src/http/**/*.ts' },
        { type: 'usecase', mode: 'full', pattern: 'src/features/**/*.ts' },
        { type: 'deps', mode: 'full', pattern: 'src/deps.ts' },
        { type: 'infra', mode: 'full', pattern: ['src/mail/**/*.ts', 'src/jobs/**/*.ts', 'src/auth/**/*.ts', 'src/secrets.ts'] },
        { type: 'db', mode: 'full', pattern: 'src/db/**/*.ts' },
        { type: 'domain', mode: 'full', pattern: 'src/domain/**/*.ts' },
        { type: 'core', mode: 'full', pattern: ['src/config.ts', 'src/errors.ts', 'src/version.ts'] },
      ],
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'app', allow: ['app', 'routes', 'http', 'usecase', 'deps', 'infra', 'db', 'domain', 'core'] },
            { from: 'routes', allow: ['routes', 'http', 'usecase', 'deps', 'db', 'domain', 'core'] },
            { from: 'http', allow: ['http', 'deps', 'infra', 'db', 'domain', 'core'] },
            { from: 'usecase', allow: ['usecase', 'deps', 'infra', 'db', 'domain', 'core'] },
            { from: 'deps', allow: ['infra', 'db', 'domain', 'core'] },
            { from: 'infra', allow: ['infra', 'db', 'domain', 'core'] },
            { from: 'db', allow: ['db', 'domain', 'core'] },
            { from: 'domain', allow: ['domain', 'core'] },
            { from: 'core', allow: ['core'] },
          ],
        },
      ],
      // Every source file belongs to a layer.
      'boundaries/no-unknown-files': 'error',
    },
  },
  // Who may do what is decided in src/domain/permissions.ts, never by comparing roles in a use case.
  {
    files: ['src/features/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression.left[property.name='role'], BinaryExpression[operator=/^[!=]==?$/] > MemberExpression.right[property.name='role']",
          message: 'Ask src/domain/permissions.ts (permit, actsForPartner, seesDrafts, …) instead of comparing roles here.',
        },
        {
          selector: "CallExpression[callee.property.name='includes'] > MemberExpression.arguments[property.name='role']",
          message: 'Ask src/domain/permissions.ts instead of checking roles here.',
        },
      ],
    },
  },
);
