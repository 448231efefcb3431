// A real transaction-mode connection pooler in front of a test database: Debian's pgbouncer, configured as
// Supabase's pooler behaves (transaction pooling: a server connection is lent for one transaction, so
// nothing may rely on session state between transactions). Used by the multi-instance run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@rf/db/testing';

export interface Pooler {
  /** The database URL clients use: the same user, database and password, through the pooler. */
  url: string;
  stop(): Promise<void>;
}

const BINARY = '/usr/sbin/pgbouncer';

export async function startPgbouncer(upstreamUrl: string, { poolSize = 20 } = {}): Promise<Pooler> {
  const upstream = new URL(upstreamUrl);
  const port = await freePort();
  const folder = await mkdtemp(join(tmpdir(), 'rf-pgbouncer-'));
  const database = upstream.pathname.slice(1) || 'postgres';
  const user = decodeURIComponent(upstream.username);
  const password = decodeURIComponent(upstream.password);
  await writeFile(join(folder, 'userlist.txt'), `"${user}" "${password}"\n`);
  await writeFile(
    join(folder, 'pgbouncer.ini'),
    [
      '[databases]',
      `${database} = host=${upstream.hostname} port=${upstream.port} dbname=${database}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = plain',
      `auth_file = ${join(folder, 'userlist.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 1000',
      // A database gone away answers the apps in seconds (their 503), not after the default 120 s.
      'query_wait_timeout = 10',
      'ignore_startup_parameters = extra_float_digits,application_name',
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
  );
  // pgbouncer refuses to run as root: as the `postgres` user then, like the embedded server.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    spawnSync('chown', ['-R', 'postgres', folder]);
    await chmod(folder, 0o755);
  }
  const args = [join(folder, 'pgbouncer.ini'), ...(asRoot ? ['-u', 'postgres'] : [])];
  // Its log goes nowhere: a failure to start shows as the port never opening.
  const server: ChildProcess = spawn(BINARY, args, { stdio: 'ignore' });
  const url = new URL(upstreamUrl);
  url.port = String(port);
  await waitForPort(port, server);
  return {
    url: url.toString(),
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
        server.kill('SIGTERM');
        await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5000))]);
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, server: ChildProcess) {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error('pgbouncer exited at start: is it installed (apt-get install pgbouncer)?');
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('pgbouncer did not start listening');
}
