import { readFile, writeFile } from 'node:fs/promises';
import { cliUrl } from './migrate.ts';
import { generatedTypesPath } from './paths.ts';
import { runSupabase } from './supabase-cli.ts';

/** `supabase gen types typescript` against a migrated database (left as generated: the formatter skips it). */
export function generateTypes(url: string): Promise<string> {
  return runSupabase(['gen', 'types', 'typescript', `--remote=${cliUrl(url)}`, '--schema', 'public']);
}

export async function writeTypes(url: string): Promise<void> {
  await writeFile(generatedTypesPath, await generateTypes(url));
}

/** True when the committed types match the migrations. */
export async function typesAreCurrent(url: string): Promise<boolean> {
  const committed = await readFile(generatedTypesPath, 'utf8').catch(() => '');
  return committed === (await generateTypes(url));
}
