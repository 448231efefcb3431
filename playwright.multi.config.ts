import { defineConfig } from '@playwright/test';

// Started by scripts/multi-instance.ts: two instances of each app behind no balancer, the tests pick the
// instance of each request themselves. HTTP only: no browser is needed to prove what crosses instances.
export default defineConfig({
  testDir: 'tests/multi-instance',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Its own output folder: Playwright empties it at start, and test-results/ holds the e2e run's report.
  outputDir: 'test-results/multi-instance',
  reporter: [['list'], ['json', { outputFile: 'test-results/multi-instance-report.json' }]],
  use: { locale: 'fr-FR' },
  // The outage test stops the database for good: it runs once every other test has run.
  projects: [
    { name: 'multi-instance', testIgnore: '**/outage.e2e.ts' },
    { name: 'outage', testMatch: '**/outage.e2e.ts', dependencies: ['multi-instance'] },
  ],
});
