export { createTestDatabase, type TestDatabase } from './database.ts';
export {
  ACTORS,
  type Actor,
  claimsFor,
  createRlsFixtures,
  createTestUser,
  type Person,
  type RlsFixtures,
  type TestUser,
} from './fixtures.ts';
export { freePort } from './free-port.ts';
export { createDatabaseAt, type DatabaseAtMigration } from './migrations.ts';
export { type RestartablePostgres, startRestartablePostgres } from './restartable-server.ts';
export { createStatementLoggingDb } from './statement-log.ts';
