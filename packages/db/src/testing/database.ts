import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db } from '../client.ts';
import { executeSql } from '../migrate.ts';
import { databaseUrl, TEMPLATE_DATABASE } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export interface TestDatabase {
  /** Superuser URL of this test file's own database. */
  url: string;
  /** A pool on it; use `withSession` for anything that must go through RLS. */
  db: Db;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('pgServerUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await executeSql(serverUrl, `create database ${name} template ${TEMPLATE_DATABASE}`);
  const url = databaseUrl(serverUrl, name);
  const db = createDb(url, { max: 5 });
  return {
    url,
    db,
    async drop() {
      await db.destroy();
      await executeSql(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
