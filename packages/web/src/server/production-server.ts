// The production HTTP server of both apps (each app's `server.ts` calls it with its build), on React Router's
// documented Express adapter. What `react-router-serve` did (static files, compression), plus what a public
// deployment needs: the client's real address, request bodies limited before anything reads them, keep-alive
// longer than load balancers' idle timeouts, JSON request logs, and a graceful stop. Decision 030.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative, sep } from 'node:path';
import { createRequestHandler } from '@react-router/express';
import compression from 'compression';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import proxyAddr from 'proxy-addr';
import { type RouterContext, RouterContextProvider, type ServerBuild } from 'react-router';
import { z } from 'zod';
import { isCrossSiteRequest } from './cross-site.ts';
import { plainErrorPage } from './plain-error-page.ts';

/** What the server takes from the build's entry module (see `entry.server.tsx`) instead of importing twice. */
interface EntryHooks {
  clientAddressContext: RouterContext<string | null>;
  services(): {
    logger: Logger;
    db: { destroy(): Promise<void> };
    env: { SITE_URL: string; ADMIN_URL: string };
  };
}

export interface ProductionServerOptions {
  build: ServerBuild;
  /** The app's folder (where `build/` and `public/` are). */
  root: string;
  /** PORT when unset. */
  defaultPort: number;
  /** Paths (without `.data`) whose posts carry files: they get `MAX_UPLOAD_BYTES` instead of `MAX_FORM_BYTES`. */
  uploadPaths?: readonly RegExp[];
}

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The server's knobs (README, "Configuration"); the apps' own variables are parsed by `@rf/api`. */
export const serverEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  HOST: z.string().min(1).optional(),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  MAX_FORM_BYTES: count(256 * 1024),
  MAX_UPLOAD_BYTES: count(21 * 1024 * 1024),
  KEEP_ALIVE_TIMEOUT_S: count(75),
  SHUTDOWN_GRACE_S: count(20),
});
export type ServerEnv = z.infer<typeof serverEnvSchema>;

export type TrustProxy = false | number | ((address: string, hop: number) => boolean);

/**
 * `TRUST_PROXY`: unset or `false` (no proxy: the socket's address), a hop count (`1`: one load balancer in
 * front), or a comma-separated list of proxy addresses, CIDR ranges or proxy-addr's names (`loopback`,
 * `uniquelocal`…). `true` is refused: trusting every hop lets any client write its own address.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true')
    throw new Error(
      'TRUST_PROXY=true would trust any client: give a hop count (1) or the proxies’ addresses',
    );
  if (/^\d+$/.test(text)) return Number(text);
  return proxyAddr.compile(text.split(',').map((part) => part.trim()));
}

/** The client's address: the socket's, or the right-most hop of X-Forwarded-For not from a trusted proxy. */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

const TOKEN_SEGMENT = /^(?![0-9a-f]{8}-[0-9a-f]{4}-)[A-Za-z0-9_-]{20,}$/;

/** A path fit for logs: no query string, and private-link tokens (long opaque segments) masked. */
export function loggablePath(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? ':token' : segment))
    .join('/');
}

function errorPage(
  req: Request,
  res: Response,
  status: 400 | 403 | 413 | 503,
  key: 'errors.bad_address' | 'errors.cross_site' | 'errors.payload_too_large' | 'errors.service_unavailable',
) {
  const page = plainErrorPage(req.headers.cookie, key);
  // The rest of the body is never read: the connection closes after this answer.
  res
    .status(status)
    .set({ ...page.headers, Connection: 'close' })
    .end(page.body);
}

/**
 * Cross-site posts (CSRF, login CSRF) refused with a plain 403 page before their body is read or any action
 * runs. React Router refuses an `Origin` that is not the request's own too, with a bare 400; this answers
 * first, in the person's language, and also reads `Sec-Fetch-Site`. Decision 030.
 */
function refuseCrossSite(appOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const own = `${req.protocol}://${req.get('host') ?? ''}`;
    const cross = isCrossSiteRequest(
      { method: req.method, origin: req.get('origin'), fetchSite: req.get('sec-fetch-site') },
      [own, ...appOrigins],
    );
    if (cross) errorPage(req, res, 403, 'errors.cross_site');
    else next();
  };
}

/**
 * Request bodies limited before anything parses them: a declared length over the limit is answered 413 at
 * once without reading a byte; a body without a length (chunked) is counted as it streams and cut at the
 * limit. Memory stays bounded by the limit whatever a client sends.
 */
function limitBodies(env: ServerEnv, uploadPaths: readonly RegExp[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const path = req.path.replace(/\.data$/, '');
    const limit = uploadPaths.some((pattern) => pattern.test(path))
      ? env.MAX_UPLOAD_BYTES
      : env.MAX_FORM_BYTES;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      errorPage(req, res, 413, 'errors.payload_too_large');
      return;
    }
    let received = 0;
    const countChunk = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return;
      req.off('data', countChunk);
      if (!res.headersSent) errorPage(req, res, 413, 'errors.payload_too_large');
      req.destroy();
    };
    req.on('data', countChunk);
    next();
  };
}

interface Logger {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface HttpServerParts {
  env: ServerEnv;
  logger: Logger;
  /** The app's folder (where `build/client` and `public/` are). */
  root: string;
  uploadPaths: readonly RegExp[];
  /** What answers every request the static files do not (React Router's handler). */
  handler: RequestHandler;
  /** The public origins of both apps (`SITE_URL`, `ADMIN_URL`): posts from them are not cross-site. */
  appOrigins: readonly string[];
}

/**
 * A static handler asked only for the files its folder held when the server started (a build does not
 * change under a running server): every page request used to cost a file-system look-up per folder.
 */
function onlyFilesOf(folder: string, serve: RequestHandler): RequestHandler {
  const files = new Set(
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => `/${relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
      : [],
  );
  return (req, res, next) => {
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (files.has(path)) serve(req, res, next);
    else next();
  };
}

/** The Express app and its HTTP server, not yet listening; `stop` drains it (SIGTERM). */
export function createHttpServer({ env, logger, root, uploadPaths, handler, appOrigins }: HttpServerParts) {
  let stopping = false;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', env.TRUST_PROXY);

  // Every answer is logged once it is sent, with the address rate limits count against.
  app.use((req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          path: loggablePath(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
          client: clientAddress(req),
        },
        'request',
      );
    });
    if (stopping) res.set('Connection', 'close');
    next();
  });
  app.use(refuseCrossSite(appOrigins));
  app.use(limitBodies(env, uploadPaths));
  app.use(compression());

  const client = join(root, 'build/client');
  app.use('/assets', express.static(join(client, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(onlyFilesOf(client, express.static(client)));
  app.use(onlyFilesOf(join(root, 'public'), express.static(join(root, 'public'), { maxAge: '1h' })));
  app.all('/{*splat}', handler);
  // Whatever escaped the app (it renders its own error pages): a plain answer, never a stack trace.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // An address whose percent-escapes do not decode (`/lieux/%E0%A4%A`): the router could not read it,
    // nothing is wrong on our side — a 400, not the 503 that tells clients to come back later.
    if (error instanceof URIError || (error as { status?: unknown } | null)?.status === 400) {
      if (!res.headersSent) errorPage(req, res, 400, 'errors.bad_address');
      else res.destroy();
      return;
    }
    logger.error({ err: error, path: loggablePath(req.originalUrl) }, 'request failed');
    if (!res.headersSent) errorPage(req, res, 503, 'errors.service_unavailable');
    else res.destroy();
  });

  const server = createServer(app);
  // Longer than the load balancer's idle timeout (60 s on most), so it never reuses a connection we closed.
  server.keepAliveTimeout = env.KEEP_ALIVE_TIMEOUT_S * 1000;
  server.headersTimeout = (env.KEEP_ALIVE_TIMEOUT_S + 5) * 1000;

  return {
    server,
    listen(port: number, host?: string): Promise<void> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
    },
    /** Stops accepting connections, lets the requests under way finish (at most SHUTDOWN_GRACE_S), then resolves. */
    stop(): Promise<void> {
      stopping = true;
      return new Promise((resolve) => {
        const forced = setTimeout(() => server.closeAllConnections(), env.SHUTDOWN_GRACE_S * 1000);
        // A keep-alive connection whose request finishes goes idle: close it then, not at the deadline.
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        forced.unref();
        server.close(() => {
          clearTimeout(forced);
          clearInterval(idle);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}

/** Starts the app's production server; resolves once it listens. SIGTERM/SIGINT stop it gracefully. */
export async function startProductionServer(options: ProductionServerOptions): Promise<Server> {
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  const env = parsed.data;
  const hooks = options.build.entry.module as unknown as EntryHooks;
  const services = hooks.services();
  const { logger } = services;
  const http = createHttpServer({
    env,
    logger,
    root: options.root,
    uploadPaths: options.uploadPaths ?? [],
    appOrigins: [new URL(services.env.SITE_URL).origin, new URL(services.env.ADMIN_URL).origin],
    handler: createRequestHandler({
      build: options.build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req) =>
        new RouterContextProvider(new Map([[hooks.clientAddressContext, clientAddress(req)]])),
    }),
  });
  const port = env.PORT ?? options.defaultPort;
  await http.listen(port, env.HOST);
  logger.info({ port, trustProxy: env.TRUST_PROXY !== false }, 'listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing the requests under way');
    await http.stop();
    await services.db.destroy().catch(() => {});
    logger.info({}, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return http.server;
}
