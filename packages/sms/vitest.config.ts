import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The development SMS mailbox's tests run on a real Postgres (one cloned database per test file).
    globalSetup: ['../db/src/testing/global-setup.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
