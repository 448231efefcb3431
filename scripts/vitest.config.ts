// Tests of the repository itself (lint rules, decision records), run by `pnpm test` through the root task
// `//#test:repo` of turbo.json.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['scripts/**/*.test.ts'],
    setupFiles: ['vitest.setup.ts'],
  },
});
