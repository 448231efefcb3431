import { fileURLToPath } from 'node:url';

/** The repository root, where `supabase/` lives. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const supabaseDir = fileURLToPath(new URL('../../../supabase/', import.meta.url));
export const bootstrapSqlPath = fileURLToPath(new URL('../sql/supabase-compat.sql', import.meta.url));
export const generatedTypesPath = fileURLToPath(new URL('./database.types.ts', import.meta.url));
export const devDataDir = fileURLToPath(new URL('../../../.data/postgres', import.meta.url));
