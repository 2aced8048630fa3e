import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests derive SQLCipher keys (PBKDF2, 256,000 iterations): keep two workers on two cores.
    maxWorkers: 2,
  },
});
