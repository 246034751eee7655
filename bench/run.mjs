#!/usr/bin/env node
// The benchmark harness (`npm run bench`; not part of `npm test`). It builds the dashboard with
// VITE_DATA_BASE_URL=/bench-data/ and the peer page (bench/peers/), serves both with the
// generated data, and drives headless Chromium over our dashboard's /results view and the same
// chart (projects per result level, with a region filter) drawn by Observable Plot and by
// Vega-Lite. Rounds are interleaved and repeated until the 95 % interval of each peer ÷ ours ratio
// is tight or a time cap is reached. The Markdown table goes to bench/results/<date>.md.
//
//   npm run bench -- [--sizes 1k,10k,100k,1m] [--quick] [--cap 90] [--no-build] [--port 4850]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';
import { parseSize } from './generate.mjs';
import { bootstrapRatio, median, tightEnough } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Builds and generated data live where the linter, the formatter and git look away.
const CACHE = join(ROOT, 'node_modules/.cache/bench');
const APP_DIST = join(CACHE, 'app');
const PEERS_DIST = join(CACHE, 'peers');
const DATA = join(CACHE, 'data');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const QUICK = args.includes('--quick');
const SIZES = option('sizes', QUICK ? '1k' : '1k,10k,100k')
  .split(',')
  .map((s) => s.toLowerCase());
const CAP_MS = Number(option('cap', QUICK ? '20' : '90')) * 1000;
const MIN_ROUNDS = QUICK ? 3 : 8;
const LOAD_REPEATS = QUICK ? 2 : 4;
const PORT = Number(option('port', '4850'));
const BURST = 10;
const BURST_GAP_MS = 60;
const BURST_LIMIT_MS = 1000;
const ORIGIN = `http://localhost:${PORT}`;

const TARGETS = [
  // The dashboard's counts chart alone (its embed), and the whole /results view around it.
  { id: 'ours', url: '/embed/results-counts', chart: '.result-counts svg' },
  { id: 'view', url: '/results', chart: '.result-counts svg', maxRows: 1_000 },
  { id: 'plot', url: '/peers/?lib=plot', chart: '#chart svg' },
  { id: 'vegalite', url: '/peers/?lib=vegalite', chart: '#chart svg' },
];
const PEERS = TARGETS.filter((target) => target.id === 'plot' || target.id === 'vegalite');

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

function build() {
  const vite = join(ROOT, 'node_modules/.bin/vite');
  run(vite, ['build', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_DATA_BASE_URL: '/bench-data/',
  });
  run(vite, ['build', '-c', 'bench/peers/vite.config.mjs', '--outDir', PEERS_DIST]);
  const missing = SIZES.filter((size) => !existsSync(join(DATA, size, 'projects.json')));
  if (missing.length > 0)
    run(process.execPath, ['bench/generate.mjs', '--sizes', missing.join(','), '--out', DATA]);
}

/** Serves the app build (with its production headers), the peers and the current size's data. */
async function serve(state) {
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
    preview: { port: PORT, strictPort: true },
  });
}

// Runs in every page: collects long animation frames and Event Timing entries, and measures a
// change from the trusted `change` event's timestamp until the DOM has settled and painted.
function benchInPage() {
  /* global window, document, requestAnimationFrame, MutationObserver */
  const bench = { loafs: [], events: [] };
  window.__bench = bench;
  const observe = (type, options) => {
    try {
      new PerformanceObserver((list) =>
        bench[type === 'event' ? 'events' : 'loafs'].push(
          ...list.getEntries().map((entry) => ({
            name: entry.name,
            start: entry.startTime,
            duration: entry.duration,
            blocking: entry.blockingDuration ?? 0,
          })),
        ),
      ).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser lacks.
    }
  };
  observe('long-animation-frame');
  observe('event', { durationThreshold: 16 });
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  /** Waits until a whole painted frame passes with no DOM change. */
  bench.settled = async (mutated) => {
    do {
      mutated.changed = false;
      await painted();
    } while (mutated.changed);
    return performance.now();
  };
  bench.arm = (changes) => {
    bench.result = new Promise((resolve) => {
      let seen = 0;
      let start = 0;
      const mutated = { changed: false };
      const observer = new MutationObserver(() => (mutated.changed = true));
      document.addEventListener(
        'change',
        async function onChange(event) {
          seen += 1;
          if (seen === 1) {
            start = event.timeStamp;
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              characterData: true,
              attributes: true,
            });
          }
          if (seen < changes) return;
          document.removeEventListener('change', onChange, true);
          // A library may draw a frame or more after the event (Vega renders asynchronously).
          const waitUntil = performance.now() + 10_000;
          while (!mutated.changed && performance.now() < waitUntil) await painted();
          const end = await bench.settled(mutated);
          observer.disconnect();
          // Performance entries reach observers a little after their frame.
          await new Promise((r) => setTimeout(r, 100));
          const within = (entry) => entry.start + entry.duration >= start && entry.start <= end;
          const loafs = bench.loafs.filter(within);
          const events = bench.events.filter(within);
          resolve({
            ms: end - start,
            longestFrame: Math.max(0, ...loafs.map((entry) => entry.duration)),
            longFrames: loafs.filter((entry) => entry.duration > 50).length,
            eventMs: Math.max(0, ...events.map((entry) => entry.duration)),
          });
        },
        true,
      );
    });
  };
  bench.chartPainted = async (selector) => {
    while (!document.querySelector(selector)) await new Promise((r) => setTimeout(r, 5));
    const mutated = { changed: false };
    const observer = new MutationObserver(() => (mutated.changed = true));
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const end = await bench.settled(mutated);
    observer.disconnect();
    return {
      ms: end,
      longestFrame: Math.max(0, ...bench.loafs.map((entry) => entry.duration)),
    };
  };
}

async function newPage(browser) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.addInitScript(benchInPage);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function openTarget(browser, target) {
  const opened = await newPage(browser);
  await opened.page.goto(`${ORIGIN}${target.url}`);
  const load = await opened.page.evaluate(
    (selector) => window.__bench.chartPainted(selector),
    target.chart,
  );
  return { ...opened, load };
}

/** One interaction: `changes` region changes (ArrowDown/ArrowUp on the select), 60 ms apart. */
async function interact(opened, changes, direction) {
  const { page, cdp } = opened;
  const select = page.locator('select').first();
  await select.focus();
  await page.evaluate((count) => window.__bench.arm(count), changes);
  const before = await taskMs(cdp);
  for (let change = 0; change < changes; change += 1) {
    await page.keyboard.press(direction(change) ? 'ArrowDown' : 'ArrowUp');
    if (change < changes - 1) await page.waitForTimeout(BURST_GAP_MS);
  }
  const result = await page.evaluate(() => window.__bench.result);
  return { ...result, mainThreadMs: (await taskMs(cdp)) - before };
}

async function heapAndNodes(opened) {
  const { page, cdp } = opened;
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { heapMB: usedSize / 2 ** 20, nodes };
}

const shuffle = (items) =>
  items
    .map((item) => [Math.random(), item])
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);

async function measureSize(browser, size) {
  const samples = Object.fromEntries(
    TARGETS.map((target) => [
      target.id,
      {
        single: [],
        burst: [],
        load: [],
        firstLongest: [],
        longest: [],
        longFrames: [],
        event: [],
        main: [],
      },
    ]),
  );
  const rowCount = parseSize(size);
  const targets = TARGETS.filter((target) => !target.maxRows || rowCount <= target.maxRows);
  // Load → first chart painted, interleaved, each in a fresh context.
  for (let repeat = 0; repeat < LOAD_REPEATS; repeat += 1) {
    for (const target of shuffle(targets)) {
      const opened = await openTarget(browser, target);
      samples[target.id].load.push(opened.load.ms);
      samples[target.id].firstLongest.push(opened.load.longestFrame);
      await opened.context.close();
    }
  }
  const pages = {};
  for (const target of targets) pages[target.id] = await openTarget(browser, target);
  const started = Date.now();
  let round = 0;
  for (;;) {
    for (const target of shuffle(targets)) {
      const single = await interact(pages[target.id], 1, () => round % 2 === 0);
      const record = samples[target.id];
      record.single.push(single.ms);
      record.longest.push(single.longestFrame);
      record.longFrames.push(single.longFrames);
      record.event.push(single.eventMs);
      record.main.push(single.mainThreadMs);
      // A burst where one change already takes a second would only measure ten of them.
      if (round % 2 === 1 && median(record.single) < BURST_LIMIT_MS) {
        // Ten changes ending where they started, so rounds stay alike.
        const burst = await interact(pages[target.id], BURST, (change) => change % 2 === 0);
        record.burst.push(burst.ms);
      }
    }
    round += 1;
    const tight = PEERS.every((peer) =>
      tightEnough(bootstrapRatio(samples[peer.id].single, samples.ours.single)),
    );
    if (round >= MIN_ROUNDS && (tight || Date.now() - started > CAP_MS)) break;
  }
  const memory = {};
  for (const target of targets) {
    memory[target.id] = await heapAndNodes(pages[target.id]);
    await pages[target.id].context.close();
  }
  return { size, rounds: round, samples, memory };
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratioText = ({ ratio, low, high }) => `${fmt(ratio, 2)}× [${fmt(low, 2)}–${fmt(high, 2)}]`;

function report(results, meta) {
  const lines = [
    `# Benchmark ${meta.date}`,
    '',
    `Command: \`${meta.command}\` · ${meta.cpu} · Chromium ${meta.browser} · Node ${process.version}`,
    '',
    'Chart: projects per result level with a region filter (all ↔ ESF national). Ours: the',
    'production build, the counts chart alone (`/embed/results-counts`) and, for reference, the',
    'whole `/results` view (counts chart and the projects × levels matrix). Peers: the same bar',
    'chart by Observable Plot and by Vega-Lite (vega-embed), on the same generated file. Ratios',
    'are peer ÷ ours-chart (above 1: ours is faster), medians with bootstrap 95 % intervals over',
    'paired rounds. Times in ms (median).',
    '',
    '| size | measure | ours: chart | ours: whole view | Plot | Vega-Lite | Plot ÷ ours | Vega-Lite ÷ ours |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { size, rounds, samples, memory } of results) {
    const row = (label, key, digits = 1) => {
      const medians = TARGETS.map((target) => fmt(median(samples[target.id][key]), digits));
      const ratios = PEERS.map((peer) =>
        ratioText(bootstrapRatio(samples[peer.id][key], samples.ours[key])),
      );
      lines.push(`| ${size} | ${label} | ${medians.join(' | ')} | ${ratios.join(' | ')} |`);
    };
    row(`filter → painted (${rounds} rounds)`, 'single');
    row(`burst of ${BURST} changes, 60 ms apart → painted`, 'burst');
    row('longest animation frame in a change', 'longest');
    row('Event Timing duration (max, ≥16 ms)', 'event');
    row('main-thread task time per change', 'main');
    row('load → first chart painted', 'load', 0);
    row('longest animation frame while loading', 'firstLongest', 0);
    for (const [label, key, digits] of [
      ['JS heap after GC (MB)', 'heapMB', 1],
      ['DOM elements', 'nodes', 0],
    ]) {
      const values = TARGETS.map((target) => memory[target.id]?.[key] ?? NaN);
      const ratios = PEERS.map((peer) => `${fmt(memory[peer.id][key] / memory.ours[key], 2)}×`);
      lines.push(
        `| ${size} | ${label} | ${values.map((value) => fmt(value, digits)).join(' | ')} | ${ratios.join(' | ')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  if (!args.includes('--no-build')) build();
  const state = { size: SIZES[0] };
  const server = await serve(state);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  const results = [];
  const date = new Date().toISOString().slice(0, 16).replace(':', '');
  const meta = {
    date,
    command: `npm run bench -- ${args.join(' ')}`.trim(),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
    browser: browser.version(),
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results', `${date}${QUICK ? '-quick' : ''}.md`);
  try {
    for (const size of SIZES) {
      state.size = size;
      console.log(`[bench] ${size}…`);
      results.push(await measureSize(browser, size));
      // Written after every size, so a long run that is stopped keeps what it measured.
      const markdown = report(results, meta);
      // Formatted as the repository formats Markdown, so `npm run format:check` stays clean.
      const options = { ...(await resolveConfig(file)), filepath: file };
      writeFileSync(file, await format(markdown, options));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(readFileSync(file, 'utf8'));
  console.log(`[bench] written to ${file}`);
}

await main();
