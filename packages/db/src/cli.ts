// Database tasks: `pnpm --filter @rf/db db <command>`.
//   types [--check]   regenerate src/database.types.ts from the migrations (or fail when it is stale)
//   migrate           apply supabase/migrations to DATABASE_URL
//   seed              load reference data (and the demo data with --demo) into DATABASE_URL
//   commune-centres <file.csv>   load commune centres from a published list into DATABASE_URL (decision 063)
import { readFile } from 'node:fs/promises';
import { readCommuneCentres } from '@rf/domain/directory/commune-centres';
import { createDb } from './client.ts';
import { migrate } from './migrate.ts';
import { loadDemoData } from './seed/demo.ts';
import { loadReferenceData } from './seed/reference.ts';
import { loadCommuneCentres } from './seed/territories.ts';
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
  case 'commune-centres': {
    const file = flags[0];
    if (!file) throw new Error('usage: db commune-centres <file.csv>');
    const read = readCommuneCentres(await readFile(file, 'utf8'));
    if (!read.ok) throw new Error(`${file}: ${read.error}`);
    const db = createDb(requireDatabaseUrl());
    try {
      const updated = await loadCommuneCentres(db, read.centres);
      console.log(
        `${read.centres.length} centres read (${read.skipped} lines skipped), ${updated} communes updated.`,
      );
    } finally {
      await db.destroy();
    }
    break;
  }
  default:
    console.error('usage: db types [--check] | migrate | seed [--demo] | commune-centres <file.csv>');
    process.exitCode = 2;
}
