import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['../../vitest.setup.ts'],
    // Property tests run hundreds of cases: on a busy 2-core machine (the whole suite at once) a few take
    // several seconds. Pure code cannot hang on I/O, so a longer limit hides nothing.
    testTimeout: 30_000,
  },
});
