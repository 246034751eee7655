// Builds the dashboard and the peer page, and serves both with the generated data.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Builds and generated data live where the linter, the formatter and git look away.
const CACHE = join(ROOT, 'node_modules/.cache/bench');
const APP_DIST = join(CACHE, 'app');
const PEERS_DIST = join(CACHE, 'peers');
const DATA = join(CACHE, 'data');

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

export function build() {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  run(vite, ['build', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_DATA_BASE_URL: '/bench-data/',
  });
  run(vite, ['build', '-c', 'bench/peers/vite.config.mjs', '--outDir', PEERS_DIST]);
}

/** Generates the sizes whose data is not there yet. */
export function generateMissing(sizes) {
  const missing = sizes.filter((size) => !existsSync(join(DATA, size, 'projects.json')));
  if (missing.length > 0)
    run(process.execPath, ['bench/generate.mjs', '--sizes', missing.join(','), '--out', DATA]);
}

/** Serves the app build (with its production headers), the peers and the current size's data. */
export async function serve(state, port) {
  const dataAndPeers = {
    name: 'bench-data-and-peers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path.startsWith('/bench-data/')) {
          const file = path.slice('/bench-data/'.length);
          const source =
            file === 'projects.json'
              ? join(DATA, state.size, 'projects.json')
              : join(ROOT, 'public/data', file.replace(/[^a-z0-9.-]/gi, ''));
          if (!existsSync(source)) return next();
          response.setHeader('Content-Type', 'application/json');
          response.setHeader('Cache-Control', 'no-store');
          return response.end(readFileSync(source));
        }
        if (path.startsWith('/peers/')) {
          // The peers run without the app's CSP: Vega compiles expressions with `new Function`.
          response.removeHeader('Content-Security-Policy');
          const file = path === '/peers/' ? 'index.html' : path.slice('/peers/'.length);
          const source = join(PEERS_DIST, file.replace(/\.\.+/g, ''));
          if (!existsSync(source)) return next();
          response.setHeader(
            'Content-Type',
            file.endsWith('.js') ? 'text/javascript' : 'text/html',
          );
          return response.end(readFileSync(source));
        }
        return next();
      });
    },
  };
  return preview({
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    plugins: [dataAndPeers],
    build: { outDir: APP_DIST },
    preview: { port, strictPort: true },
  });
}
