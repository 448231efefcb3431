// Database tasks: `pnpm --filter @rf/db db <command>`.
//   types [--check]   regenerate src/database.types.ts from the migrations (or fail when it is stale)
//   migrate           apply supabase/migrations to DATABASE_URL
//   seed              load reference data (and the demo data with --demo) into DATABASE_URL
import { createDb } from './client.ts';
import { migrate } from './migrate.ts';
import { loadDemoData } from './seed/demo.ts';
import { loadReferenceData } from './seed/reference.ts';
import { databaseUrl, startTestServer } from './testing/server.ts';
import { typesAreCurrent, writeTypes } from './types.ts';

const [command, ...flags] = process.argv.slice(2);

async function withTemplate(work: (url: string) => Promise<void>) {
  const server = await startTestServer();
  try {
    await work(databaseUrl(server.url, 'rf_template'));
  } finally {
    await server.stop();
  }
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set.');
  return url;
}

switch (command) {
  case 'types':
    await withTemplate(async (url) => {
      if (flags.includes('--check')) {
        if (!(await typesAreCurrent(url))) {
          console.error('packages/db/src/database.types.ts is stale: run `pnpm db:types` and commit it.');
          process.exitCode = 1;
        } else console.log('Generated database types are up to date.');
      } else {
        await writeTypes(url);
        console.log('Wrote packages/db/src/database.types.ts');
      }
    });
    break;
  case 'migrate':
    await migrate(requireDatabaseUrl());
    break;
  case 'seed': {
    const db = createDb(requireDatabaseUrl());
    try {
      await loadReferenceData(db);
      if (flags.includes('--demo')) await loadDemoData(db);
    } finally {
      await db.destroy();
    }
    break;
  }
  default:
    console.error('usage: db types [--check] | migrate | seed [--demo]');
    process.exitCode = 2;
}
