/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import {
  defineConfig,
  loadEnv,
  normalizePath,
  type HtmlTagDescriptor,
  type Plugin,
  type Rolldown,
} from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATASET_WORKER_URL_POLICY } from './src/data/datasetWorkerUrl.ts';
import { datasetResponsePlugin } from './src/app/connectivity/datasetResponsePlugin.ts';
import {
  SERVICE_WORKER_FILE,
  SERVICE_WORKER_URL_POLICY,
} from './src/app/connectivity/serviceWorkerUrl.ts';

/** The origin of an external data API, if the build is pointed at one. */
function dataOrigin(dataBaseUrl: string | undefined): string | null {
  if (!dataBaseUrl || dataBaseUrl.startsWith('/')) return null;
  return new URL(dataBaseUrl).origin;
}

/**
 * The production Content-Security-Policy; the same text belongs in a static host's headers.
 * Embedded charts (`/embed/…`) may be framed by any site: `frameAncestors: '*'`.
 */
export function contentSecurityPolicy(
  dataBaseUrl?: string,
  options: { frameAncestors?: string } = {},
): string {
  const connect = ["'self'", dataOrigin(dataBaseUrl)].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'self'"}`,
    "require-trusted-types-for 'script'",
    // One policy, which admits only the service worker's URL (src/app/connectivity/serviceWorkerUrl.ts).
    `trusted-types ${SERVICE_WORKER_URL_POLICY} ${DATASET_WORKER_URL_POLICY}`,
  ].join('; ');
}

const BUNDLED_DATA_FOLDER = 'data/';

/** The dataset requests, which the service worker answers network first. */
function datasetUrlPattern(dataBaseUrl: string | undefined): RegExp {
  const base = dataBaseUrl || `/${BUNDLED_DATA_FOLDER}`;
  const folder = (base.endsWith('/') ? base : `${base}/`).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // Workbox matches a same-origin pattern anywhere in the URL, a cross-origin one from its start.
  return new RegExp(`${dataOrigin(dataBaseUrl) ? '^' : ''}${folder}[^/?#]+\\.json$`);
}

// The bundled datasets are precached as the offline fallback of the network-first data route.
// Under their own URLs the precache route, registered first, would answer them from the cache
// even online; a query in the URL keeps it out of the way (datasetResponsePlugin finds the copy).
function precacheDatasetsAsFallback<Entry extends { url: string }>(entries: Entry[]) {
  return {
    manifest: entries.map((entry) =>
      entry.url.startsWith(BUNDLED_DATA_FOLDER)
        ? { ...entry, url: `${entry.url}?precached` }
        : entry,
    ),
  };
}

/** Installable, and working offline once opened: see "Offline and installing" in the README. */
function offlineApp(dataBaseUrl: string | undefined) {
  return VitePWA({
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    // Registered by src/app/connectivity/serviceWorker.ts: no injected script, which the CSP
    // would block, and no automatic reload of a new version.
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Social innovation i Sverige',
      short_name: 'Social innovation',
      description:
        'Social innovation i Sverige: enkätens prioriteringar, regional samverkan och projektresultat.',
      lang: 'sv',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1d4e89',
      background_color: '#f5f7f9',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png}', `${BUNDLED_DATA_FOLDER}*.json`],
      manifestTransforms: [precacheDatasetsAsFallback],
      navigateFallback: 'index.html',
      // Embeds come from the network: the precached index.html carries `frame-ancestors 'self'`.
      navigateFallbackDenylist: [new RegExp(`^/${BUNDLED_DATA_FOLDER}`), /^\/embed\//],
      // A new version waits until the person reloads; the first one takes the page at once.
      skipWaiting: false,
      clientsClaim: true,
      // One file: importScripts() of the Workbox runtime would be a Trusted Types sink.
      inlineWorkboxRuntime: true,
      runtimeCaching: [
        {
          urlPattern: datasetUrlPattern(dataBaseUrl),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'datasets',
            networkTimeoutSeconds: 3,
            plugins: [datasetResponsePlugin],
          },
        },
      ],
    },
  });
}

// In development only: serves MSW's worker script so mock scenarios can be switched on without
// shipping the worker in public/ (and so in every production build).
function mockServiceWorker(): Plugin {
  const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
  return {
    name: 'mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(readFileSync(workerPath));
      });
    },
  };
}

const moduleId = (source: string) => normalizePath(fileURLToPath(new URL(source, import.meta.url)));
const ENTRY_MODULE = moduleId('src/main.tsx');
const APP_MODULE = moduleId('src/startApp.tsx');
const SHARED_BY_VIEWS = new RegExp(
  `^${moduleId('src/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(charts|share|data|filters|i18n)/`,
);

/** `start` and everything reachable from it by `next`. */
function reachable<Item>(start: Item, next: (item: Item) => readonly Item[]): Set<Item> {
  const found = new Set<Item>();
  const pending = [start];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (found.has(item)) continue;
    found.add(item);
    pending.push(...next(item));
  }
  return found;
}

// The first load is two files: what the entry runs, and everything else the app needs before its
// first view. The code the views share (charts, data, filters, sharing, i18n) is a third. The
// bundler would otherwise split off each module two chunks share: some thirty small files on a
// first visit, whose requests queue (six at a time over HTTP/1.1) in front of the dataset's.
function chunkGroups(): Rolldown.CodeSplittingGroup[] {
  const closures = new WeakMap<Rolldown.ChunkingContext, Record<'entry' | 'app', Set<string>>>();
  const closuresIn = (context: Rolldown.ChunkingContext) => {
    const closure = (start: string) => {
      if (!context.getModuleInfo(start)) throw new Error(`chunk groups: no module ${start}`);
      return reachable(start, (id) => context.getModuleInfo(id)?.importedIds ?? []);
    };
    return { entry: closure(ENTRY_MODULE), app: closure(APP_MODULE) };
  };
  // A module in two groups goes to the one of higher priority.
  const closureGroup = (name: 'entry' | 'app', priority: number) => ({
    priority,
    name: (id: string, context: Rolldown.ChunkingContext) => {
      let found = closures.get(context);
      if (!found) closures.set(context, (found = closuresIn(context)));
      return found[name].has(id) ? name : null;
    },
  });
  return [
    closureGroup('entry', 3),
    closureGroup('app', 2),
    { name: 'views', test: SHARED_BY_VIEWS, priority: 1 },
  ];
}

// The app's files and styles download beside the entry, not once the entry has run.
function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output) => output.type === 'chunk',
        );
        const app = chunks.find((chunk) => chunk.moduleIds.includes(APP_MODULE));
        if (!app) throw new Error(`preload-app: no chunk holds ${APP_MODULE}`);
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const appChunks = [
          ...reachable(app, (chunk) => chunk.imports.map((file) => byFile.get(file)!)),
        ];
        const link = (rel: string, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `${base}${file}` },
          injectTo: 'head',
        });
        const tags = [
          ...appChunks
            .filter((chunk) => !chunk.isEntry)
            .map((chunk) => link('modulepreload', chunk.fileName)),
          ...appChunks
            .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])])
            .map((file) => link('stylesheet', file)),
        ];
        return { html, tags: tags.filter((tag) => !html.includes(String(tag.attrs?.href))) };
      },
    },
  };
}

export const EMBED_PATH_PREFIX = '/embed/';

// `vite preview` sends one set of headers for every page; an embedded chart may be framed by any
// site, so its pages get the policy with `frame-ancestors *` instead.
function embeddableCharts(dataBaseUrl: string | undefined): Plugin {
  const embedPolicy = contentSecurityPolicy(dataBaseUrl, { frameAncestors: '*' });
  return {
    name: 'embeddable-charts',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith(EMBED_PATH_PREFIX)) {
          const setHeader = response.setHeader.bind(response);
          response.setHeader = (name, value) =>
            setHeader(name, name.toLowerCase() === 'content-security-policy' ? embedPolicy : value);
        }
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(env.VITE_DATA_BASE_URL),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  return {
    plugins: [
      react(),
      preloadApp(),
      mockServiceWorker(),
      embeddableCharts(env.VITE_DATA_BASE_URL),
      offlineApp(env.VITE_DATA_BASE_URL),
    ],
    build: {
      target: 'es2022',
      sourcemap: true,
      manifest: true,
      // Browsers without modulepreload (Safari before 17) then fetch the app when the entry asks
      // for it; the polyfill would cost every other browser a file of its own on the first load.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups() } } },
    },
    worker: { format: 'es' as const },
    preview: { port: 4173, strictPort: true, headers: securityHeaders },
    test: {
      include: ['test/**/*.test.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
      env: { TZ: 'Europe/Stockholm' },
    },
  };
});
