import { createServices, parseServerEnv, type Services } from '@rf/api';

declare global {
  // Kept on globalThis so development reloads reuse one pool instead of opening new ones.
  var __rfServices: Services | undefined;
}

/**
 * The process's services, made on first use from the validated environment. An invalid environment
 * stops the process at start-up (each app's `server.ts` calls this when its module loads).
 */
export function services(): Services {
  if (!globalThis.__rfServices) {
    const env = parseServerEnv(process.env);
    const app = process.env.RF_APP ?? process.env.npm_package_name?.replace('@rf/', '') ?? 'app';
    globalThis.__rfServices = createServices(env, app);
    globalThis.__rfServices.logger.info(
      { auth: env.SUPABASE_URL ? 'supabase' : 'embedded' },
      'services ready',
    );
  }
  return globalThis.__rfServices;
}
