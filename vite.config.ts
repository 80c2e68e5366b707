import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

/**
 * Puts the stylesheet first in the built page's <head>, before the module script and its preloads.
 * Vite writes it last, so the browser asked for it after 170 KB of JavaScript and, on a slow
 * phone line, the first paint of the header (index.html) waited for that JavaScript too.
 */
function stylesheetFirst(): Plugin {
  return {
    name: 'ketenregie-stylesheet-first',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const stylesheets = html.match(/\n\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        const script = /\n\s*<script type="module"/.exec(html);
        if (stylesheets.length === 0 || !script) return html;
        const rest = stylesheets.reduce((page, link) => page.replace(link, ''), html);
        const at = rest.indexOf(script[0]);
        return rest.slice(0, at) + stylesheets.join('') + rest.slice(at);
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    stylesheetFirst(),
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
