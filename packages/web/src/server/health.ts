import { sql } from 'kysely';
import { services } from './app-server.ts';

/** Liveness and readiness in one: 200 when the database answers, 503 otherwise. */
export async function healthResponse(): Promise<Response> {
  const started = performance.now();
  let database: 'ok' | 'unavailable' = 'ok';
  try {
    await sql`select 1`.execute(services().db);
  } catch (error) {
    database = 'unavailable';
    services().logger.warn({ err: error }, 'health check: database unavailable');
  }
  const body = {
    status: database === 'ok' ? 'ok' : 'degraded',
    database,
    ms: Math.round(performance.now() - started),
  };
  return Response.json(body, {
    status: database === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
