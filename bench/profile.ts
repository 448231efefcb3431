// Where a public page's time goes (issue 15): `pnpm bench:profile /lieux /ateliers …` loads the generated
// network and its workshops into a throw-away Postgres (as `pnpm bench` does), serves the site's existing
// production build with the inspector open, warms each path up, then records a CPU profile (the inspector's
// `Profiler`, so start-up is left out) while autocannon loads it, and prints the functions with the most
// self time, grouped by package, and the share of idle time (waiting for Postgres). A tool for engineers,
// not a benchmark: the profiler slows the server down, so no throughput is reported. BENCH_PROFILE_S sets
// the seconds per path (default 8); BENCH_PROFILE_KEEP=1 keeps the .cpuprofile files (their folder is
// printed) for Chrome's DevTools, and each page's HTML. BENCH_DATABASE_URL profiles against a database already
// loaded (`BENCH_KEEP=1 BENCH_DATASET=national pnpm bench:dataset`) instead of loading the network.
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@rf/db/testing';
import { spawnGroup, stopServer, waitForHealth } from '../scripts/stack.ts';
import { load } from './directory.ts';
import { networkDatabase } from './network-database.ts';
import { benchServerEnv } from './server-env.ts';

const SECONDS = Number(process.env.BENCH_PROFILE_S ?? 8);
const TOP = 25;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/.pnpm/react-dom@19…/node_modules/react-dom/…` → `react-dom`; our code → its folder. */
function packageOf(url: string): string {
  if (!url) return '(native)';
  const modules = url.split('node_modules/');
  if (modules.length > 1) {
    const tail = modules.at(-1) ?? '';
    const parts = tail.split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? tail);
  }
  if (url.startsWith('node:')) return 'node';
  const repo = url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
  return repo.split('/').slice(0, 3).join('/');
}

function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let idle = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += micros;
      continue;
    }
    const key = `${frame.functionName || '(anonymous)'} ${packageOf(frame.url)}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const pkg = frame.functionName.startsWith('(') ? frame.functionName : packageOf(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  }
  const share = (micros: number) => `${((micros / total) * 100).toFixed(1)} %`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    idle: share(idle),
    packages: sorted(packages)
      .slice(0, 12)
      .map(([name, micros]) => `${share(micros).padStart(7)}  ${name}`),
    functions: sorted(functions)
      .slice(0, TOP)
      .map(([name, micros]) => `${share(micros).padStart(7)}  ${name}`),
  };
}

/** Records a CPU profile of the process whose inspector listens on `port` while `during` runs. */
async function recordProfile(port: number, during: () => Promise<unknown>): Promise<CpuProfile> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error('no inspector target');
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      next += 1;
      pending.set(next, resolve);
      socket.send(JSON.stringify({ id: next, method, params }));
    });
  try {
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 200 });
    await send('Profiler.start');
    await during();
    const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
    return profile;
  } finally {
    socket.close();
  }
}

async function main() {
  const paths = process.argv.slice(2).filter((arg) => arg !== '--');
  if (paths.length === 0) throw new Error('usage: pnpm bench:profile <path> [<path>…]');
  const database = await networkDatabase('rf-bench-profile-');
  const profiles = await mkdtemp(join(tmpdir(), 'rf-profile-'));
  let server: ChildProcess | undefined;
  try {
    for (const path of paths) {
      const port = await freePort();
      const site = `http://127.0.0.1:${port}`;
      const inspector = await freePort();
      server = spawnGroup(process.execPath, [`--inspect=127.0.0.1:${inspector}`, 'server.ts'], {
        cwd: 'apps/site',
        stdio: ['ignore', 'ignore', 'ignore'],
        env: { ...benchServerEnv(database.url, site), STORAGE_LOCAL_IN_PRODUCTION: '1', PORT: String(port) },
      });
      await waitForHealth(site, server);
      const answer = await fetch(`${site}${path}`);
      if (!answer.ok) throw new Error(`${path}: ${answer.status}`);
      const page = await answer.text();
      const html = Buffer.byteLength(page);
      if (process.env.BENCH_PROFILE_KEEP) {
        await mkdir(profiles, { recursive: true });
        await writeFile(join(profiles, `${path.replace(/[^a-z0-9]+/gi, '_')}.html`), page);
      }
      // Unprofiled throughput first, the page's and the trivial page's, for a rough ratio (not a benchmark:
      // `pnpm bench` measures each page's against the trivial page's before and after).
      const unprofiled = await load(`${site}${path}`, 3);
      const trivial = await load(`${site}/accessibilite`, 3);
      console.log(
        `\n${path}: ${unprofiled.requestsPerSecond} req/s unprofiled, the trivial page ${trivial.requestsPerSecond}: ×${(unprofiled.requestsPerSecond / Math.max(1, trivial.requestsPerSecond)).toFixed(2)}`,
      );
      const profile = await recordProfile(inspector, () => load(`${site}${path}`, SECONDS));
      await stopServer(server);
      server = undefined;
      if (process.env.BENCH_PROFILE_KEEP) {
        await mkdir(profiles, { recursive: true });
        await writeFile(
          join(profiles, `${path.replace(/[^a-z0-9]+/gi, '_')}.cpuprofile`),
          JSON.stringify(profile),
        );
      }
      const summary = summarise(profile);
      console.log(
        `\n## ${path} — ${Math.round(html / 1024)} KiB of HTML; idle ${summary.idle}\n\nby package:\n${summary.packages.join('\n')}`,
      );
      console.log(`\nby function (self time):\n${summary.functions.join('\n')}`);
    }
  } finally {
    if (server) await stopServer(server);
    await database.dispose();
    if (process.env.BENCH_PROFILE_KEEP) console.log(`\nprofiles kept in ${profiles}`);
    else await rm(profiles, { recursive: true, force: true });
  }
}

await main();
