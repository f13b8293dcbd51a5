import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
