import { defineConfig } from 'vite';

// `npm run dev` serves the dashboard on :5173 and forwards API calls to a running API
// (ASNAPI_URL, default the API's `dotnet run` address). The production build goes to dist/,
// which the API serves at / when it exists.
const api = process.env.ASNAPI_URL ?? 'http://localhost:5080';

export default defineConfig({
  server: {
    proxy: { '/api': api, '/health': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // TanStack Query ships React Server Component "use client" markers; they mean nothing in an SPA bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
