import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are resolved from this file so `vite build -c apps/dashboard/vite.config.ts` works from the
// workspace root (the Nx targets) as well as from anywhere else.
const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const fromWorkspace = (p: string) => fileURLToPath(new URL(p, new URL('../../', import.meta.url)));

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react()],
  resolve: {
    // Mirrors the tsconfig.base.json paths the dashboard uses.
    alias: {
      '@skillproof/dashboard-data-access': fromWorkspace('libs/dashboard/data-access/src/index.ts'),
      '@skillproof/dashboard-ui': fromWorkspace('libs/dashboard/ui/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    fs: { allow: [workspaceRoot] },
    // Same-origin in production (the API serves the built app); in development proxy to the API.
    proxy: { '/graphql': { target: 'http://localhost:3000', changeOrigin: true }, '/imports': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  preview: {
    port: 4300,
    proxy: { '/graphql': { target: 'http://localhost:3000', changeOrigin: true }, '/imports': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  build: {
    outDir: fromWorkspace('dist/apps/dashboard'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // The dashboard libs are side-effect free, so a page that only uses a formatter from the
        // `@skillproof/dashboard-ui` barrel does not pull in Recharts (only the team page loads it).
        moduleSideEffects: (id: string) => (/[\\/]libs[\\/]dashboard[\\/].*\.tsx?$/.test(id) ? false : undefined),
      },
    },
  },
});
