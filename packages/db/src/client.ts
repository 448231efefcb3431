import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type KyselyConfig,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type TransactionSettings,
} from 'kysely';
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
  /** Kysely's query log (benchmarks read each statement's time from it). */
  log?: KyselyConfig['log'];
}

/**
 * A client whose simple query of several statements resolves to the last statement's result, as a single
 * statement's does, instead of one result per statement: Kysely reads `rows` from what `query` resolves
 * to, and the transaction's opening (below) reads what it needs with its `begin`.
 */
class LastResultClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's `query` has nine overloads; this one passes them all through
  override query(...args: any[]): any {
    const result = (super.query as (...all: unknown[]) => unknown)(...args);
    return result instanceof Promise
      ? result.then((value: unknown) => (Array.isArray(value) ? value.at(-1) : value))
      : result;
  }
}

export function createPool(url: string, options: DbOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    Client: LastResultClient,
  });
  // An idle connection closed by the server (restart, failover) is discarded and replaced at the next
  // checkout; unhandled, its error event would crash the process.
  pool.on('error', () => {});
  // The pool stops listening to a connection while it is checked out (inside a transaction, between two
  // queries): cut then, its error event would crash the process too. The query in flight or the next one
  // fails instead, and the pool drops the broken connection when it comes back.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/**
 * A statement to send with the next `begin` of this async context, in the same round trip, then forgotten
 * (`withOpening`). Every request's transaction starts by setting its role and claims (`withSession`): sent
 * apart, that was one more round trip to the database per procedure, a tenth of a public page's CPU.
 */
interface Opening {
  statement: string | null;
  /** The first row of the statement's last result, once the transaction has begun. */
  row?: Record<string, unknown>;
}
const openings = new AsyncLocalStorage<Opening>();

/**
 * Runs `work`, whose first transaction (and only that one: a transaction opened inside it starts plainly)
 * begins with `statement` in the same simple query. `statement` is SQL text: literals in it must be
 * quoted by `pg.escapeLiteral`, never interpolated as they come.
 */
export function withOpening<T>(statement: string, work: () => Promise<T>): Promise<T> {
  return openings.run({ statement }, work);
}

/**
 * The first row returned by the last statement of this context's opening, once its transaction has begun:
 * what a request reads with its `begin` rather than in a round trip of its own.
 */
export function openingRow(): Record<string, unknown> | undefined {
  return openings.getStore()?.row;
}

/** The database roles a transaction may take (constants: never a value from outside). */
export type TransactionRole = 'anon' | 'authenticated' | 'service_role' | 'supabase_auth_admin';

/**
 * Runs `work`, whose transaction takes `role` (and the JWT claims `claims`, as PostgREST exposes them) from
 * its `begin`, in the same round trip; both last until the transaction ends. `read`, a constant query run
 * as that role after them, is the opening's last statement: its first row is `openingRow()`.
 */
export function asRole<T>(
  role: TransactionRole,
  claims: object | null,
  work: () => Promise<T>,
  read?: string,
): Promise<T> {
  const setClaims =
    claims === null
      ? ''
      : `, set_config('request.jwt.claims', ${pg.escapeLiteral(JSON.stringify(claims))}, true)`;
  const then = read ? `; ${read}` : '';
  return withOpening(`select set_config('role', '${role}', true)${setClaims}${then}`, work);
}

class OpeningPostgresDriver extends PostgresDriver implements Driver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const opening = openings.getStore();
    const statement = opening?.statement;
    if (!opening || !statement || settings.isolationLevel || settings.accessMode)
      return super.beginTransaction(connection, settings);
    opening.statement = null;
    try {
      const { rows } = await connection.executeQuery(CompiledQuery.raw(`begin; ${statement}`));
      opening.row = rows[0] as Record<string, unknown> | undefined;
    } catch (error) {
      // The transaction may have begun before the statement failed: never hand the pool an open one.
      await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => {});
      throw error;
    }
  }
}

class OpeningPostgresDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new OpeningPostgresDriver(this.#config);
  }
}

export function createDb(url: string, options: DbOptions = {}): Db {
  const { log, ...pool } = options;
  return new Kysely<DB>({
    dialect: new OpeningPostgresDialect({ pool: createPool(url, pool) }),
    ...(log ? { log } : {}),
  });
}
