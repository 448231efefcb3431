import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { bootstrapSqlPath } from './paths.ts';
import { runSupabase } from './supabase-cli.ts';

/** A URL the Supabase CLI and node-postgres both accept; local servers speak without TLS. */
export function cliUrl(url: string): string {
  const parsed = new URL(url);
  if (['127.0.0.1', 'localhost', '::1'].includes(parsed.hostname) && !parsed.searchParams.has('sslmode')) {
    parsed.searchParams.set('sslmode', 'disable');
  }
  return parsed.toString();
}

export async function executeSql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates what Supabase provides (roles, `auth` schema) where it is missing; a no-op on Supabase. */
export async function bootstrapSupabaseCompat(url: string): Promise<void> {
  await executeSql(url, await readFile(bootstrapSqlPath, 'utf8'));
}

/**
 * Applies `supabase/migrations` with the Supabase CLI, so the history table
 * (`supabase_migrations.schema_migrations`) is the same locally and on a Supabase project.
 */
export async function migrate(url: string): Promise<void> {
  await bootstrapSupabaseCompat(url);
  await runSupabase(['db', 'push', `--remote=${cliUrl(url)}`, '--yes', '--include-all']);
}
