import { createDb, type Db } from '../client.ts';

/**
 * A one-connection pool on `url` that keeps the text of every statement it sends, in order: what tests of
 * round trips count (an opening that reads with `begin`, a cache that sends nothing on a second request).
 */
export function createStatementLoggingDb(url: string): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const db = createDb(url, {
    max: 1,
    log: (event) => {
      statements.push(event.query.sql);
    },
  });
  return { db, statements };
}
