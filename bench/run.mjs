#!/usr/bin/env node
// The benchmark harness (`npm run bench`; not part of `npm test`). It builds the dashboard with
// VITE_DATA_BASE_URL=/bench-data/ and the peer page (bench/peers/), serves both with the
// generated data, and drives headless Chromium over our dashboard's /results view and the same
// chart (projects per result level, with a region filter) drawn by Observable Plot and by
// Vega-Lite. Rounds are interleaved and repeated until the 95 % interval of each peer ÷ ours ratio
// is tight or a time cap is reached. The Markdown table goes to bench/results/<date>.md.
//
//   npm run bench -- [--sizes 1k,10k,100k,1m] [--targets ours,plot,vegalite,view,projects] [--quick]
//                    [--cap 90] [--timeout 60] [--no-build] [--port 4850]
// --quick: 1k, 3 rounds, a 15 s cap. --cap: seconds of rounds per size. --timeout: seconds after
// which one load or change counts as timed out (its target's cells read "timed out").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { format, resolveConfig } from 'prettier';
import { measureSize } from './measure.mjs';
import { parseOptions } from './options.mjs';
import { report, unchangedCharts } from './report.mjs';
import { build, generateMissing, ROOT, serve } from './serve.mjs';

async function main() {
  const args = process.argv.slice(2);
  const options = parseOptions(args);
  if (options.build) build();
  generateMissing(options.sizes);
  const state = { size: options.sizes[0] };
  const server = await serve(state, options.port);
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
  const file = join(ROOT, 'bench/results', `${date}${options.quick ? '-quick' : ''}.md`);
  const started = Date.now();
  try {
    for (const size of options.sizes) {
      state.size = size;
      console.log(`[bench] ${size}…`);
      results.push(await measureSize(browser, size, options, `http://localhost:${options.port}`));
      // Written after every size, so a long run that is stopped keeps what it measured.
      const markdown = report(results, meta, options);
      // Formatted as the repository formats Markdown, so `npm run format:check` stays clean.
      const formatting = { ...(await resolveConfig(file)), filepath: file };
      writeFileSync(file, await format(markdown, formatting));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(readFileSync(file, 'utf8'));
  console.log(`[bench] written to ${file} in ${Math.round((Date.now() - started) / 1000)} s`);
  // A chart that does not change with the filter measures nothing: the run fails.
  const unchanged = unchangedCharts(results);
  if (unchanged.length > 0) {
    const which = unchanged.map(({ size, target }) => `${target.id} at ${size}`).join(', ');
    console.error(`[bench] the chart did not change after a region change: ${which}`);
    process.exitCode = 1;
  }
}

await main();
