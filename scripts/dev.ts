// README command 1 (after the toolchain): starts the embedded Postgres (unless DATABASE_URL is set),
// applies the migrations, loads reference and demo data, prints the demo accounts, then runs both apps and
// the job worker.
import { spawn } from 'node:child_process';
import { createDb } from '@rf/db';
import { startEmbeddedPostgres } from '@rf/db/embedded';
import { migrate } from '@rf/db/migrate';
import { devDataDir } from '@rf/db/paths';
import { loadDemoData } from '@rf/db/seed/demo';
import { loadReferenceData } from '@rf/db/seed/reference';

const DEV_PORT = 54322;

async function main() {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: devDataDir, port: DEV_PORT, persistent: true });
  const databaseUrl = process.env.DATABASE_URL ?? (embedded?.url as string);
  console.log(
    `› database: ${embedded ? `embedded Postgres 17 on port ${DEV_PORT} (.data/postgres)` : 'DATABASE_URL'}`,
  );

  await migrate(databaseUrl);
  console.log('› migrations applied (supabase db push)');
  const db = createDb(databaseUrl, { max: 4 });
  await loadReferenceData(db);
  const accounts = await loadDemoData(db);
  await db.destroy();

  console.log('\n  Réseau Fabriques is starting:');
  console.log('    site   http://localhost:3000');
  console.log('    admin  http://localhost:3001');
  console.log('    worker sends the queued e-mails (development mailbox unless SMTP_URL is set)\n');
  console.log('  Demo accounts:');
  for (const account of accounts)
    console.log(`    ${account.role.padEnd(16)} ${account.email.padEnd(28)} ${account.password}`);
  console.log('');

  // Both apps and the job worker, which sends the e-mails the database queues (bookings, reminders…).
  const apps = spawn(
    'pnpm',
    ['exec', 'turbo', 'run', 'dev', '--filter=@rf/site', '--filter=@rf/admin', '--filter=@rf/worker'],
    {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  const stop = async () => {
    apps.kill('SIGTERM');
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  apps.on('exit', async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
