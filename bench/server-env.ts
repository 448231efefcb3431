// The environment every benchmark starts a production server with (the site, or a baseline server beside
// it): the database given, mail and SMS kept in the mailbox, and a JWT secret of the benchmark's own.

export function benchServerEnv(databaseUrl: string, site?: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    // The site's own address, and none for the console (no benchmark serves it).
    ...(site ? { SITE_URL: site, ADMIN_URL: 'http://127.0.0.1:1' } : {}),
    LOG_LEVEL: 'warn',
    AUTH_JWT_SECRET: 'bench-secret-bench-secret-bench-secret-bench',
    MAIL_TRANSPORT: 'mailbox',
    SMS_TRANSPORT: 'mailbox',
  };
}
