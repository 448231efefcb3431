import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoRoot } from './paths.ts';

const require = createRequire(import.meta.url);
const cliPath = join(dirname(require.resolve('supabase/package.json')), 'dist/supabase.js');

/** Runs the Supabase CLI (v3, a Node program: no Docker needed for `db push` and `gen types`). */
export function runSupabase(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args, '--workdir', repoRoot], {
      env: { ...process.env, SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`supabase ${args[0]} ${args[1] ?? ''} failed (${code}):\n${stderr}\n${stdout}`));
    });
  });
}
