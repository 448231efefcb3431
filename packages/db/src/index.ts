export { createDb, type Db } from './client.ts';
export type { Database, Json } from './database.types.ts';
export { type SessionClaims, type Tx, withSession } from './rls.ts';
export type { DB, Enums } from './schema.ts';
