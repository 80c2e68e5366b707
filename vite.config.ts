import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    // Brotli and gzip copies of every text file, made once at build time; src/http/static.ts
    // sends the one the browser accepts.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(html|js|mjs|css|json|svg|txt)$/,
      threshold: 512,
      logLevel: 'silent',
    }),
  ],
  // Every page is a chunk of its own (web/src/routes.ts): the first load carries React, the router,
  // React Aria, the query cache and the Dutch catalog; ECharts, sigma.js and react-markdown come
  // with the pages that use them. The map's worker and its libraries are the largest chunk.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
