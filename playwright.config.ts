import { defineConfig, devices } from '@playwright/test';

// Started by scripts/e2e.ts, which serves production builds of both apps on a throw-away database.
const siteUrl = process.env.E2E_SITE_URL ?? 'http://localhost:3100';
const adminUrl = process.env.E2E_ADMIN_URL ?? 'http://localhost:3101';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Journeys cross both apps with an axe check per page on 2 shared cores; each step still fails after 5 s.
  timeout: 90_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  // Reduced motion: axe must read the buttons' colours at rest, not halfway through their hover transition.
  use: { trace: 'retain-on-failure', locale: 'fr-FR', reducedMotion: 'reduce' },
  projects: [
    { name: 'site', testDir: 'apps/site/tests/e2e', use: { ...chromium, baseURL: siteUrl } },
    { name: 'admin', testDir: 'apps/admin/tests/e2e', use: { ...chromium, baseURL: adminUrl } },
  ],
});
