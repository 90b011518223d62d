import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; the CLI smoke tests run the built binary.
    alias: {
      '@lawful/core': src('core'),
      '@lawful/analyzer': src('analyzer'),
      '@lawful/annotations': src('annotations'),
      'eslint-plugin-lawful': src('eslint-plugin'),
    },
  },
  test: {
    include: ['packages/*/tests/**/*.test.ts', 'rules/tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
