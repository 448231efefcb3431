import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A benchmark or test run that is interrupted must not leave its servers running (`spawnGroup`): one left
// computing used a core for minutes and made every later measurement on the machine wrong.

const folder = mkdtempSync(join(tmpdir(), 'rf-stack-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A run that starts a server with `spawnGroup`, prints its pid, then waits, or ends when `ends`. */
function startRun(ends: boolean): { run: ChildProcess; serverPid: Promise<number> } {
  const script = join(folder, `run-${ends ? 'ends' : 'waits'}.mts`);
  writeFileSync(
    script,
    `import { spawnGroup } from ${JSON.stringify(new URL('./stack.ts', import.meta.url).href)};
const server = spawnGroup(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
process.stdout.write(server.pid + '\\n');
${ends ? 'setTimeout(() => process.exit(0), 200);' : 'setInterval(() => {}, 1000);'}
`,
  );
  const run = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), [script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const serverPid = new Promise<number>((resolve, reject) => {
    run.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    run.once('exit', () => reject(new Error('the run ended before it started its server')));
  });
  return { run, serverPid };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

async function stopsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isRunning(pid);
}

describe('spawnGroup', () => {
  it('stops the servers a run started when the run is interrupted', async () => {
    const { run, serverPid } = startRun(false);
    const pid = await serverPid;
    expect(isRunning(pid)).toBe(true);
    const exited = once(run, 'exit');
    run.kill('SIGTERM');
    const [code] = await exited;
    // It still ends as an interrupted process does.
    expect(code).toBe(143);
    expect(await stopsWithin(pid, 5000)).toBe(true);
  });

  it('stops them when the run ends without stopping them itself', async () => {
    const { run, serverPid } = startRun(true);
    const pid = await serverPid;
    const [code] = await once(run, 'exit');
    expect(code).toBe(0);
    expect(await stopsWithin(pid, 5000)).toBe(true);
  });
});
