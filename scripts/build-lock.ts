// The lock on the apps' build folders and ports: one run that builds the apps at a time on a machine
// (end-to-end tests, benchmarks). It is a folder holding its holder's pid.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'rf-e2e.lock');

/** The pid written in the lock, or null while it is being written (or by a run before pids were). */
function lockOwner(lock: string): number | null {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8')) || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Frees the lock if this process holds it, never another run's. */
function releaseIfOurs(lock: string) {
  if (lockOwner(lock) === process.pid) rmSync(lock, { recursive: true, force: true });
}

/**
 * One run that builds the apps at a time on a machine (end-to-end tests, benchmarks): runs share the apps'
 * build folders and ports. The lock is freed by `release`, and on exit when a run is interrupted; a lock
 * left by a run that was killed (its process is gone) is taken over.
 */
export async function acquireLock(lock = LOCK): Promise<() => Promise<void>> {
  for (let waited = 0; ; waited += 1) {
    try {
      await mkdir(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = lockOwner(lock);
      if (owner !== null && !isRunning(owner)) {
        console.log(`› taking over ${lock}: the run that held it (pid ${owner}) is gone`);
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (waited === 0) console.log('› waiting for another end-to-end run to finish');
      if (waited > 1200) throw new Error(`${lock} is held for too long: remove it if no run is going on`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  // Interrupted runs free the lock too.
  process.on('exit', () => releaseIfOurs(lock));
  return async () => releaseIfOurs(lock);
}
