import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.nx/**', '**/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.config.ts',
            '*.config.mts',
            'apps/*/*.config.ts',
            'apps/*/*.config.mts',
            'libs/*/*.config.ts',
            'scripts/*.d.mts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    languageOptions: { globals: globals.node },
    // Nest reads constructor parameter types at runtime: injected classes must stay value imports.
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'apps/kiosk/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Boundaries: a front end talks to the API over HTTP, with the contract of libs/shared.
    files: [
      'apps/web/src/**/*.{ts,tsx}',
      'apps/kiosk/src/**/*.{ts,tsx}',
      'libs/shared/src/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/apps/*/**',
                '**/api/src/**',
                '**/kiosk/src/**',
                '**/web/src/**',
                '@admz/api*',
                '@admz/web*',
                '@admz/kiosk*',
              ],
              message: 'Apps never import each other: share through @admz/shared (libs/shared).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'apps/api/bench/**/*.mjs',
      'scripts/**/*.mjs',
      'apps/web/e2e/**/*.ts',
      '**/*.config.{ts,mts,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
);
