// The console's production server (`pnpm --filter @rf/admin start`): see
// packages/web/src/server/production-server.ts. Only the forms that carry a file accept large bodies.
import { startProductionServer } from '@rf/web/production-server';

process.env.NODE_ENV ??= 'production';
// Names the app in its logs (`pnpm start` would say it through npm_package_name; a bare `node` does not).
process.env.RF_APP = 'admin';
const build = await import(new URL('./build/server/index.js', import.meta.url).href);
await startProductionServer({
  build,
  root: import.meta.dirname,
  defaultPort: 3001,
  uploadPaths: [
    /^\/lieux\/[^/]+\/fiche$/,
    /^\/lieux\/import$/,
    /^\/outils\/[^/]+$/,
    /^\/ressources(\/[^/]+)?$/,
  ],
});
