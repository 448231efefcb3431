export { type Caller, callerFor } from './caller.ts';
export { InvalidEnvError, parseServerEnv, type ServerEnv, serverEnvSchema } from './env.ts';
export { type AppErrorCode, type AppErrorShape, describeError, fieldName } from './errors.ts';
export type { Logger } from './logger.ts';
export { type AppRouter, appRouter } from './root.ts';
export { createServices, type Services } from './services.server.ts';
export { startJobWorker } from './worker.server.ts';
