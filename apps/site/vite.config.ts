import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    rolldownOptions: {
      // The ANCT library's enums (decision 053) are plain objects but its package does not say it has no side
      // effects: without this, every one of them ships with any page that reads one list.
      treeshake: {
        moduleSideEffects: (id) =>
          id.includes('@gouvfr-anct/lieux-de-mediation-numerique') ? false : undefined,
      },
    },
  },
  // sharp (photos, decision 035) loads its prebuilt native binary from its own package at run time: it is
  // a dependency of the app, imported from node_modules, never bundled.
  ssr: { external: ['sharp'] },
});
