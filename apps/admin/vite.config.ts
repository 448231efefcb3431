import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  // sharp (photos, decision 035) loads its prebuilt native binary from its own package at run time: it is
  // a dependency of the app, imported from node_modules, never bundled.
  ssr: { external: ['sharp'] },
});
