export { createDb, type Db } from './client.ts';
export { withSession, type SessionClaims, type Tx } from './rls.ts';
export type { DB, Enums } from './schema.ts';
export type { Database, Json } from './database.types.ts';
