// How many round trips to Postgres each public page makes (issue 15, decision 057): `pnpm bench:round-trips
// [<path>…]`. A tool for engineers, not a benchmark: it serves the site's existing production build (build it
// first: `pnpm exec turbo run build --filter=@rf/site`) through a TCP proxy in front of Postgres that counts
// the server's ReadyForQuery messages (one per answered query, whatever it holds), loads each page a few
// times to warm the caches, then ten times, and prints the count per request. Every public page should make
// three (the transaction's opening, its statement, `commit`) and the trivial page none. The database is a
// throw-away one with the network and its workshops, or BENCH_DATABASE_URL (bench/network-database.ts).
import type { ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { freePort } from '@rf/db/testing';
import { serveApp, stopServer, waitForHealth } from '../scripts/stack.ts';
import { firstLink } from './directory.ts';
import { networkDatabase } from './network-database.ts';
import { benchServerEnv } from './server-env.ts';

const READY_FOR_QUERY = 0x5a; // 'Z'
const WARM_UP = 3;
const COUNTED = 10;

/** A proxy to `target` counting the ReadyForQuery messages Postgres sends back, on every connection. */
async function countingProxy(target: URL) {
  const counter = { readyForQuery: 0 };
  const proxy = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    client.pipe(upstream);
    // After the startup exchange every message from the server is typed: one byte, then its length.
    let pending = Buffer.alloc(0);
    upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 5) {
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        if (pending[0] === READY_FOR_QUERY) counter.readyForQuery += 1;
        pending = pending.subarray(1 + length);
      }
    });
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      a.on('error', () => b.destroy());
      a.on('close', () => b.destroy());
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return { url: url.toString(), counter, close: () => proxy.close() };
}

async function main() {
  const asked = process.argv.slice(2).filter((arg) => arg !== '--');
  const database = await networkDatabase('rf-bench-round-trips-');
  const proxy = await countingProxy(new URL(database.url));
  let server: ChildProcess | undefined;
  try {
    const port = await freePort();
    const site = `http://127.0.0.1:${port}`;
    server = serveApp('site', port, benchServerEnv(proxy.url, site), { quiet: true });
    await waitForHealth(site, server);
    const paths =
      asked.length > 0
        ? asked
        : [
            '/accessibilite',
            '/',
            '/lieux',
            '/lieux?q=atelir%20numerik',
            '/lieux?pres=Concarneau',
            await firstLink(site, '/lieux', '/lieux/'),
            '/ateliers',
            '/ateliers?pres=Concarneau&rayon=50',
            await firstLink(site, '/ateliers', '/seances/'),
            '/outils',
            '/ressources',
          ];
    console.log('| page | round trips per request |\n| --- | ---: |');
    for (const path of paths) {
      for (let i = 0; i < WARM_UP; i++) await (await fetch(`${site}${path}`)).arrayBuffer();
      const before = proxy.counter.readyForQuery;
      for (let i = 0; i < COUNTED; i++) {
        const answer = await fetch(`${site}${path}`);
        await answer.arrayBuffer();
        if (!answer.ok) throw new Error(`${path}: ${answer.status}`);
      }
      console.log(`| \`${path}\` | ${(proxy.counter.readyForQuery - before) / COUNTED} |`);
    }
  } finally {
    if (server) await stopServer(server);
    proxy.close();
    await database.dispose();
  }
}

await main();
