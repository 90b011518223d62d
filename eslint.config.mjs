// @ts-check
import tseslint from 'typescript-eslint';
import lawful from 'eslint-plugin-lawful';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'fixtures/**', 'coverage/**', 'bench-results/**', 'test-artifacts/**', '**/*.d.ts', '**/*.generated.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The project lints itself with its own plugin: lawful's sources must not move personal data
  // (see packages/lawful.config.yaml). Needs `pnpm build` first (the plugin is used from dist/).
  {
    files: ['packages/*/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['packages/*/src/**/*.ts'], ...lawful.configs.strict },
);
