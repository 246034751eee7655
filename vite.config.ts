/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/** The origin of an external data API, if the build is pointed at one. */
function dataOrigin(dataBaseUrl: string | undefined): string | null {
  if (!dataBaseUrl || dataBaseUrl.startsWith('/')) return null;
  return new URL(dataBaseUrl).origin;
}

/** The production Content-Security-Policy; the same text belongs in a static host's headers. */
export function contentSecurityPolicy(dataBaseUrl?: string): string {
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
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy(env.VITE_DATA_BASE_URL),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  return {
    plugins: [react(), mockServiceWorker()],
    build: { target: 'es2022', sourcemap: true },
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
