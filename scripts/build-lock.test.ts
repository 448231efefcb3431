import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from './build-lock.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A lock path in a folder of its own, held by `pid` when given. */
function lockPath(heldBy?: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'rf-lock-test-'));
  folders.push(folder);
  const lock = join(folder, 'lock');
  if (heldBy !== undefined) {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(heldBy));
  }
  return lock;
}

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the build lock', () => {
  it('is taken with this process as its holder, and freed', async () => {
    const lock = lockPath();
    const release = await acquireLock(lock);
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    await release();
    expect(existsSync(lock)).toBe(false);
  });

  it('is taken over when the run that held it is gone', async () => {
    const lock = lockPath(endedPid());
    const release = await acquireLock(lock);
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    await release();
  });

  it('waits for a run that is going on, and is taken once that run frees it', async () => {
    const lock = lockPath(process.ppid);
    let taken = false;
    const acquiring = acquireLock(lock).then((release) => {
      taken = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(taken).toBe(false);
    rmSync(lock, { recursive: true });
    const release = await acquiring;
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
    await release();
  });

  it('is never freed by a run that no longer holds it', async () => {
    const lock = lockPath();
    const release = await acquireLock(lock);
    // Removed by hand and taken by another run meanwhile.
    writeFileSync(join(lock, 'pid'), String(process.ppid));
    await release();
    expect(readFileSync(join(lock, 'pid'), 'utf8')).toBe(String(process.ppid));
  });
});
