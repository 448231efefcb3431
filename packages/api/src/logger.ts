import pino from 'pino';

/** Structured JSON logs on stdout, one line an event, ready for any log collector. */
export function createLogger(level: string, app: string) {
  return pino({
    level,
    base: { app },
    redact: { paths: ['password', '*.password', 'token', '*.token', 'headers.cookie'], remove: true },
  });
}

export type Logger = ReturnType<typeof createLogger>;
