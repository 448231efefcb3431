// Everything CI checks, in order; ends with the test counts and fails if any step failed. A failing step does
// not stop the others: one run of 25 minutes says everything that is wrong, not only the first thing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
}

const steps: Step[] = [
  { name: 'lint and format (Biome)', command: ['pnpm', 'exec', 'biome', 'ci', '.'] },
  { name: 'typecheck', command: ['pnpm', 'exec', 'turbo', 'run', 'typecheck'] },
  { name: 'typecheck scripts and end-to-end tests', command: ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'generated database types are current', command: ['pnpm', 'db:types:check'] },
  // `--continue`: a package's failure (or the repository's own checks', which the packages' tests follow)
  // does not keep the other packages' tests from running.
  { name: 'unit and integration tests', command: ['pnpm', 'exec', 'turbo', 'run', 'test', '--continue'] },
  { name: 'end-to-end tests (Chromium)', command: ['pnpm', 'e2e'] },
  {
    name: 'two instances of each app and two workers through pgbouncer',
    command: ['pnpm', 'e2e:multi'],
  },
];

// The JSON reports each runner leaves behind (see the `test` scripts and playwright.config.ts), removed
// first: a runner that crashes before writing its report must not be counted from an earlier run's.
const vitestReports = [
  ...['apps', 'packages'].flatMap((dir) =>
    readdirSync(dir).map((name) => join(dir, name, '.vitest-report.json')),
  ),
  // The repository's own checks (lint rules, decision records): `pnpm test:repo`.
  'scripts/.vitest-report.json',
];
const e2eReports = ['test-results/e2e-report.json', 'test-results/multi-instance-report.json'];
for (const file of [...vitestReports, ...e2eReports]) rmSync(file, { force: true });

const started = Date.now();
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}`);
  const [command = '', ...args] = step.command;
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed`);
    failedSteps.push(step.name);
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of vitestReports.filter((f) => existsSync(f))) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
const vitestPassed = passed;
for (const file of e2eReports) {
  if (!existsSync(file)) continue;
  const e2e = JSON.parse(readFileSync(file, 'utf8'));
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
console.log(`\nUnit and integration: ${vitestPassed} passed; end-to-end: ${passed - vitestPassed} passed.`);
console.log(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failedSteps.length > 0) console.error(`✗ failed: ${failedSteps.join('; ')}`);
// Belt and braces: a runner that exited 0 while its report counts failures must not pass.
if (failedSteps.length > 0 || failed > 0) process.exit(1);
