import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;

// Column values are read the way the generated types describe them: bigints and numerics as numbers,
// dates and timestamps as ISO strings (as PostgREST and supabase-js return them).
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case 20: // int8
      case 1700: // numeric
        return (value: string) => Number(value);
      case 1082: // date
      case 1114: // timestamp
      case 1184: // timestamptz
        return (value: string) => value;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as pg.CustomTypesConfig;

export interface DbOptions {
  max?: number;
}

export function createPool(url: string, options: DbOptions = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle connection closed by the server (restart, failover) is discarded and replaced at the next
  // checkout; unhandled, its error event would crash the process.
  pool.on('error', () => {});
  // The pool stops listening to a connection while it is checked out (inside a transaction, between two
  // queries): cut then, its error event would crash the process too. The query in flight or the next one
  // fails instead, and the pool drops the broken connection when it comes back.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

export function createDb(url: string, options: DbOptions = {}): Db {
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: createPool(url, options) }) });
}
