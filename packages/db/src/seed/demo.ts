import type { Db } from '../client.ts';

/** Demo data: filled in once the schema v1 exists. */
export async function loadDemoData(_db: Db): Promise<void> {}
