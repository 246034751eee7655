#!/usr/bin/env node
// Reports the production build's first-load JS (gzip) and each lazily loaded view's own JS, and
// fails when first-load JS exceeds the budget in bundle-budget.json, in bytes or in files (each
// file is a request; over HTTP/1.1 a browser makes six at a time), or when zod, which only the
// dataset worker needs, is in a file the page loads. Run after `vite build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KIB = 1024;

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/** The JS files index.html loads before the app runs: its module scripts and modulepreloads. */
export function firstLoadScripts(indexHtml) {
  const scripts = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return [...new Set([...scripts, ...preloads].map((match) => match[1].replace(/^\//, '')))];
}

/** Every JS file a manifest chunk needs, following its static imports. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/** Each lazily loaded chunk (a view) with the JS it adds on top of the first load. */
export function lazyChunks(manifest, firstLoadFiles) {
  const loaded = new Set(firstLoadFiles);
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => ({
      name: chunk.name ?? key,
      source: chunk.src ?? key,
      files: [...staticClosure(manifest, key)]
        .map((chunkKey) => manifest[chunkKey].file)
        .filter((file) => file.endsWith('.js') && !loaded.has(file)),
    }));
}

/** The ways a first load breaks the budget (none: within it). */
export function budgetBreaches(firstLoad, budget) {
  const breaches = [];
  if (firstLoad.bytes > budget.firstLoadJsGzipKiB * KIB)
    breaches.push(`${kib(firstLoad.bytes)} > ${budget.firstLoadJsGzipKiB} KiB`);
  if (firstLoad.files > budget.firstLoadJsFiles)
    breaches.push(`${firstLoad.files} files > ${budget.firstLoadJsFiles}`);
  return breaches;
}

/** Every zod object has a `_zod` member: a file with one has zod in it. */
const ZOD_MARK = '_zod';
const WORKER_FILE = /(^|\/)datasetWorker-[^/]*\.js$/;

/** The page's JS files (all but the dataset worker's) that carry zod: none, when all is well. */
export function pageFilesWithZod(files, readText) {
  return files.filter(
    (file) => file.endsWith('.js') && !WORKER_FILE.test(file) && readText(file).includes(ZOD_MARK),
  );
}

function gzipSize(dist, file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

function main() {
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const dist = resolve(process.argv[2] ?? join(root, 'dist'));
  const budget = JSON.parse(readFileSync(join(root, 'bundle-budget.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const firstLoad = firstLoadScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const firstLoadBytes = firstLoad.reduce((sum, file) => sum + gzipSize(dist, file), 0);

  console.log(`First-load JS (gzip): ${kib(firstLoadBytes)} in ${firstLoad.length} files`);
  for (const file of firstLoad) console.log(`  ${kib(gzipSize(dist, file)).padStart(10)}  ${file}`);
  console.log('Lazily loaded chunks (gzip JS added on top of the first load):');
  for (const chunk of lazyChunks(manifest, firstLoad)) {
    const bytes = chunk.files.reduce((sum, file) => sum + gzipSize(dist, file), 0);
    console.log(`  ${kib(bytes).padStart(10)}  ${chunk.source}`);
  }
  const breaches = budgetBreaches({ bytes: firstLoadBytes, files: firstLoad.length }, budget);
  const limits = `${budget.firstLoadJsGzipKiB} KiB in ${budget.firstLoadJsFiles} files`;
  console.log(
    breaches.length === 0
      ? `Within the budget of ${limits} (bundle-budget.json)`
      : `OVER the budget of ${limits} (bundle-budget.json): ${breaches.join(', ')}`,
  );
  const withZod = pageFilesWithZod(
    readdirSync(join(dist, 'assets')).map((file) => `assets/${file}`),
    (file) => readFileSync(join(dist, file), 'utf8'),
  );
  if (withZod.length > 0) {
    console.log(`zod, which only the dataset worker needs, is in: ${withZod.join(', ')}`);
  }
  if (breaches.length > 0 || withZod.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
