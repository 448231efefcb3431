export { createTestDatabase, type TestDatabase } from './database.ts';
export { freePort } from './free-port.ts';
