// React Router's server build, as the root loader reads it (decision 049).
declare module 'virtual:react-router/server-build' {
  import type { BuildRoutes } from '@rf/web/server';
  export const routes: BuildRoutes;
}
