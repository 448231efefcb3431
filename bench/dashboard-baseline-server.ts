// The dashboard benchmark's baseline: a bare `node:http` server that computes a dashboard with the same
// functions the app uses (bench/dashboard-sql.ts picks the repository's) in one transaction and answers
// JSON. No router, no React, no tRPC: what is left between the page's figures and these is the cost of
// the application around the database.
//   GET /dashboard?impl=aggregated|naive&scope=network|region:<code>|place:<uuid>&from=YYYY-MM-DD&to=YYYY-MM-DD
import { createServer, type ServerResponse } from 'node:http';
import { createDb } from '@rf/db';
import type { DashboardScope } from '@rf/domain/reporting/dashboard';
import { dashboardFunctions } from './dashboard-sql.ts';

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('DATABASE_URL and PORT are required');
const db = createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const functions = await dashboardFunctions();

export function parseScope(text: string): DashboardScope {
  const [kind, value = ''] = text.split(':');
  if (kind === 'region') return { kind: 'region', code: value };
  if (kind === 'departement') return { kind: 'departement', code: value };
  if (kind === 'place') return { kind: 'place', placeId: value };
  if (kind === 'hub') return { kind: 'hub', fabriqueId: value };
  return { kind: 'network' };
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://baseline');
  if (pathname === '/health') return send(res, 200, { ok: true, source: functions.source });
  if (pathname !== '/dashboard') return send(res, 404, null);
  const compute = searchParams.get('impl') === 'naive' ? functions.naive : functions.aggregated;
  const scope = parseScope(searchParams.get('scope') ?? 'network');
  const range = {
    from: searchParams.get('from') ?? '2025-11-01',
    to: searchParams.get('to') ?? '2026-11-01',
  };
  db.transaction()
    .execute((tx) => compute(tx, scope, range))
    .then(
      (body) => send(res, 200, body),
      (error: unknown) => {
        console.error(error);
        send(res, 500, { error: 'internal' });
      },
    );
});

server.listen(port, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void db.destroy().finally(() => process.exit(0));
  });
}
