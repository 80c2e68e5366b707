import { fileURLToPath } from 'node:url';
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

/**
 * react-router's package exports name only its development build (remix-run/react-router#12532,
 * #14102): its warnings and checks ran in every visitor's browser. Builds take the production
 * build that the package ships beside it; the dev server keeps the development one.
 */
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url));

/**
 * web/src/main.tsx imports the app only after the first paint; this preloads the app's chunks from
 * index.html all the same, so they download beside the stylesheet instead of after the paint. At
 * low priority: the stylesheet, which the first paint waits for, goes first on a slow line.
 */
function preloadApp(): Plugin {
  return {
    name: 'ketenregie-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry) return html;
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || files.has(file)) return;
          files.add(file);
          for (const imported of chunk.imports) visit(imported);
        };
        for (const file of entry.dynamicImports) visit(file);
        const links = [...files].filter((file) => !html.includes(`/${file}"`)).map((file) => `\n    <link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`);
        return html.replace('</head>', `${links.join('')}\n  </head>`);
      },
    },
  };
}

/**
 * Marks the framework chunk for V8's explicit compile hints (Chrome 136 and later): the magic
 * comment on its first line makes V8 compile all its functions while the file streams in, on a
 * background thread, instead of each on the main thread the first time it is called (React, the
 * router and the query cache call most of theirs as the app starts). The source map gets an empty
 * first line to match.
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'ketenregie-compile-hints',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== 'framework') continue;
        chunk.code = HINT + chunk.code;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const json = JSON.parse(map.source) as { mappings: string };
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  root: 'web',
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  plugins: [
    react(),
    stylesheetFirst(),
    preloadApp(),
    compileHints(),
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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // What every page needs from the first load (React, the router, the query cache, i18next
        // and the app's own query and status helpers, with the session queries that the network
        // home's decisions list uses) in one chunk rather than a dozen small ones: on a slow phone
        // line each file is another request in the queue of six connections.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|openapi-fetch|html-parse-stringify|void-elements)[\\/]|web[\\/]src[\\/](queries|api)\.ts|web[\\/]src[\\/]components[\\/](Loading|ErrorNotice|formatDate|useDocumentTitle)\.tsx?$|web[\\/]src[\\/]pages[\\/]sessions[\\/]sessionQueries\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));
