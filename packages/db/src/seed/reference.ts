import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import { supabaseDir } from '../paths.ts';
import { loadTerritories } from './territories.ts';

/**
 * Reference data every environment needs: the territorial map (from its package) and the programme's
 * labels and waves (`supabase/seed.sql`, data only). Idempotent.
 */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadTerritories(db);
  const seed = await readFile(join(supabaseDir, 'seed.sql'), 'utf8');
  if (seed.trim()) await sql.raw(seed).execute(db);
}
