// The site's production server (`pnpm --filter @rf/site start`): see packages/web/src/server/production-server.ts.
import { startProductionServer } from '@rf/web/production-server';

process.env.NODE_ENV ??= 'production';
// Names the app in its logs (`pnpm start` would say it through npm_package_name; a bare `node` does not).
process.env.RF_APP = 'site';
const build = await import(new URL('./build/server/index.js', import.meta.url).href);
await startProductionServer({ build, root: import.meta.dirname, defaultPort: 3000 });
