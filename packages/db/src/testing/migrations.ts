import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDb } from '../client.ts';
import { bootstrapSupabaseCompat, executeSql } from '../migrate.ts';
import { supabaseDir } from '../paths.ts';
import type { TestDatabase } from './database.ts';
import { databaseUrl } from './server.ts';

// A database stopped at a given migration, to prove what a later migration does to the rows already there
// (the Supabase CLI's `db push` only goes to the latest). Each file is sent as one query, so it runs in one
// transaction, as the CLI runs it; none of our migrations holds a statement that cannot (`concurrently`).

const migrationsDir = join(supabaseDir, 'migrations');

/** The migrations' files, oldest first: each starts with its version (a 14-digit timestamp). */
async function migrationFiles(): Promise<string[]> {
  return (await readdir(migrationsDir)).filter((file) => /^\d{14}_.+\.sql$/.test(file)).sort();
}

async function applyMigrations(url: string, select: (version: string) => boolean): Promise<void> {
  for (const file of await migrationFiles()) {
    if (select(file.slice(0, 14))) await executeSql(url, await readFile(join(migrationsDir, file), 'utf8'));
  }
}

export interface DatabaseAtMigration extends TestDatabase {
  /** Applies the migrations after the one the database was stopped at. */
  migrateRest(): Promise<void>;
}

/** A new database of the test server with the migrations up to `version` included, and no data. */
export async function createDatabaseAt(version: string): Promise<DatabaseAtMigration> {
  if (!(await migrationFiles()).some((file) => file.startsWith(`${version}_`)))
    throw new Error(`no migration ${version}`);
  const serverUrl = inject('pgServerUrl');
  const name = `test_at_${randomBytes(6).toString('hex')}`;
  await executeSql(serverUrl, `create database ${name}`);
  const url = databaseUrl(serverUrl, name);
  await bootstrapSupabaseCompat(url);
  await applyMigrations(url, (v) => v <= version);
  const db = createDb(url, { max: 2 });
  return {
    url,
    db,
    migrateRest: () => applyMigrations(url, (v) => v > version),
    async drop() {
      await db.destroy();
      await executeSql(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
