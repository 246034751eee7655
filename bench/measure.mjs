// Drives headless Chromium over the targets for one data size: loads, then interleaved rounds of
// filter changes, then heap and DOM size.
/* global window, document -- in the functions passed to page.evaluate */
import { parseSize } from './generate.mjs';
import { benchInPage } from './inPage.mjs';
import { loadRepeats } from './options.mjs';
import { bootstrapRatio, median, tightEnough } from './stats.mjs';

export const BURST = 10;
const BURST_GAP_MS = 60;
// How long after a change (or a burst) its main-thread work is still counted.
const AFTERMATH_MS = 600;
// A burst where one change already takes a second would only measure ten of them.
const BURST_LIMIT_MS = 1_000;
// A target whose changes take longer than this is sampled only SLOW_SAMPLES times…
const SLOW_CHANGE_MS = 5_000;
const SLOW_SAMPLES = 3;
// …and one whose load takes longer than this is loaded once.
const SLOW_LOAD_MS = 10_000;
// The measures taken once per round (paired across targets by round).
const ROUND_KEYS = ['single', 'longest', 'longFrames', 'event', 'main', 'chartChanged'];

class TimedOut extends Error {}

const reported = new Set();

/** `promise`, or a TimedOut error after `ms` (a page whose main thread hangs never answers). */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function newPage(browser, target) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  // A peer's or our page's own errors, so a chart that never draws says why (each message once).
  const report = (kind, text) => {
    const line = `${target.id}: ${kind}: ${text.split('\n')[0]}`;
    if (reported.has(line)) return;
    reported.add(line);
    console.warn(`[bench] ${line}`);
  };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      report(`console ${message.type()}`, message.text());
  });
  page.on('pageerror', (error) => report('page error', error.message));
  await page.addInitScript(benchInPage);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/**
 * `load` with its dataset times taken from the page's workers where the page itself has no entry
 * for the request: the dashboard fetches its datasets in its dataset worker, whose resource
 * timing runs on its own clock (shifted here to the page's by the difference of their origins).
 */
async function withWorkerDatasetTimes(page, load) {
  if (load.timedOut || !Number.isNaN(load.datasetMs)) return load;
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  for (const worker of page.workers()) {
    const entry = await worker.evaluate(() => {
      const found = performance
        .getEntriesByType('resource')
        .find((resource) => new URL(resource.name).pathname.endsWith('/projects.json'));
      return found
        ? { origin: performance.timeOrigin, start: found.startTime, end: found.responseEnd }
        : null;
    });
    if (!entry) continue;
    const shift = entry.origin - pageOrigin;
    return {
      ...load,
      datasetMs: load.navigationMs - (entry.start + shift),
      receivedMs: load.navigationMs - (entry.end + shift),
    };
  }
  return load;
}

async function openTarget(browser, target, origin, timeoutMs) {
  const opened = await newPage(browser, target);
  try {
    const load = await withTimeout(
      (async () => {
        await opened.page.goto(`${origin}${target.url}`, {
          waitUntil: 'domcontentloaded',
          timeout: timeoutMs,
        });
        const painted = await opened.page.evaluate(
          ([selector, ms]) => window.__bench.chartPainted(selector, ms),
          [target.chart, timeoutMs],
        );
        return withWorkerDatasetTimes(opened.page, painted);
      })(),
      timeoutMs + 5_000,
      'first chart',
    );
    if (load.timedOut) throw new TimedOut(`no chart within ${timeoutMs / 1000} s`);
    return { ...opened, load };
  } catch (error) {
    await opened.context.close();
    throw error;
  }
}

/**
 * A dataset loaded into a page that is already open and still: the target's `warm` page, then a
 * press on its `warm.press` element, until the chart's last change has painted.
 */
async function warmLoad(browser, target, origin, timeoutMs) {
  const opened = await newPage(browser, target);
  try {
    return await withTimeout(
      (async () => {
        await opened.page.goto(`${origin}${target.warm.url}`, {
          waitUntil: 'networkidle',
          timeout: timeoutMs,
        });
        await opened.page.waitForSelector(target.warm.press, { timeout: timeoutMs });
        const load = await opened.page.evaluate(
          ([press, selector, ms]) => window.__bench.pressAndLoad(press, selector, ms),
          [target.warm.press, target.chart, timeoutMs],
        );
        if (load.timedOut) throw new TimedOut(`no chart within ${timeoutMs / 1000} s of the press`);
        return withWorkerDatasetTimes(opened.page, load);
      })(),
      timeoutMs * 2 + 5_000,
      'dataset load in an open page',
    );
  } finally {
    await opened.context.close();
  }
}

async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** One interaction: `changes` region changes (ArrowDown/ArrowUp on the select), 60 ms apart. */
async function interact(opened, target, changes, direction, timeoutMs) {
  const { page, cdp } = opened;
  return withTimeout(
    (async () => {
      const select = page.locator('select').first();
      await select.focus();
      await page.evaluate(
        ([count, selector, ms, scope]) => window.__bench.arm(count, selector, ms, scope),
        [changes, target.chart, timeoutMs, target.scope ?? 'chart'],
      );
      const before = await taskMs(cdp);
      for (let change = 0; change < changes; change += 1) {
        await page.keyboard.press(direction(change) ? 'ArrowDown' : 'ArrowUp');
        if (change < changes - 1) await page.waitForTimeout(BURST_GAP_MS);
      }
      const result = await page.evaluate(() => window.__bench.result);
      if (result.timedOut) {
        throw new TimedOut(
          `${changes === 1 ? 'a change' : 'a burst'} did not draw within ${timeoutMs / 1000} s (${result.seen} of ${changes} change events seen)`,
        );
      }
      // Work a change leaves for later (ours: writing the address once the view is still, 300 ms
      // after the last change) counts too.
      await page.waitForTimeout(AFTERMATH_MS);
      return { ...result, mainThreadMs: (await taskMs(cdp)) - before };
    })(),
    timeoutMs + changes * BURST_GAP_MS + 10_000,
    'change',
  );
}

/**
 * A function that runs a CDP command in each of the page's workers. Workers have no session of
 * their own in Playwright: the page's session attaches to them and relays messages.
 */
async function workersOf(cdp) {
  const sessions = [];
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') sessions.push(sessionId);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  await new Promise((done) => setTimeout(done, 100));
  const pending = new Map();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message);
    pending.get(id)?.(result);
  });
  const send = (sessionId, method) =>
    new Promise((resolve) => {
      nextId += 1;
      pending.set(nextId, resolve);
      cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: nextId, method }),
      });
    });
  return (method) => Promise.all(sessions.map((sessionId) => send(sessionId, method)));
}

/** Heap after GC of the page and its workers: JS objects and ArrayBuffer (typed array) memory. */
async function heapAndNodes(opened) {
  const { page, cdp } = opened;
  const inWorkers = await workersOf(cdp);
  await cdp.send('HeapProfiler.enable');
  await inWorkers('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usages = [
    await cdp.send('Runtime.getHeapUsage'),
    ...(await inWorkers('Runtime.getHeapUsage')),
  ];
  const sum = (key) => usages.reduce((total, usage) => total + (usage?.[key] ?? 0), 0) / 2 ** 20;
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return {
    heapMB: sum('usedSize') + sum('backingStorageSize'),
    buffersMB: sum('backingStorageSize'),
    nodes,
  };
}

const shuffle = (items) =>
  items
    .map((item) => [Math.random(), item])
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);

const finiteCount = (values) => values.filter(Number.isFinite).length;

function emptySamples() {
  return {
    ...Object.fromEntries(ROUND_KEYS.map((key) => [key, []])),
    burst: [],
    navigationLoad: [],
    datasetLoad: [],
    datasetReceived: [],
    firstLongest: [],
    warmPress: [],
    warmLoad: [],
    warmReceived: [],
    warmLongest: [],
    // What timed out, by measure; a timed-out target is not measured again at this size.
    timedOut: {},
  };
}

/**
 * Measures one size. Samples stay paired by round (and by load repeat): a target skipped in a
 * round gets NaN there, which medians and ratios leave out.
 */
export async function measureSize(browser, size, options, origin) {
  const rowCount = parseSize(size);
  const targets = options.targets;
  const samples = Object.fromEntries(targets.map((target) => [target.id, emptySamples()]));
  const notes = [];
  const dead = new Set();
  const timedOut = (target, keys, error) => {
    if (!(error instanceof TimedOut)) throw error;
    console.warn(`[bench] ${size} ${target.id}: ${error.message}`);
    notes.push(`${target.label}: ${error.message}; not measured further at this size.`);
    dead.add(target.id);
    for (const key of keys) samples[target.id].timedOut[key] = true;
  };
  const changeKeys = [...ROUND_KEYS, 'burst', 'heapMB', 'buffersMB', 'nodes'];
  const loadKeys = ['navigationLoad', 'datasetLoad', 'datasetReceived', 'firstLongest'];
  const warmKeys = ['warmPress', 'warmLoad', 'warmReceived', 'warmLongest'];
  const allKeys = [...changeKeys, ...loadKeys, ...warmKeys];

  // Load → first chart painted, interleaved, each in a fresh context.
  for (let repeat = 0; repeat < loadRepeats(options, rowCount); repeat += 1) {
    for (const target of shuffle(targets)) {
      const record = samples[target.id];
      const slow = median(record.navigationLoad) > SLOW_LOAD_MS;
      if (dead.has(target.id) || slow) {
        for (const key of loadKeys) record[key].push(NaN);
        continue;
      }
      try {
        const opened = await openTarget(browser, target, origin, options.timeoutMs);
        record.navigationLoad.push(opened.load.navigationMs);
        record.datasetLoad.push(opened.load.datasetMs);
        record.datasetReceived.push(opened.load.receivedMs);
        record.firstLongest.push(opened.load.longestFrame);
        await opened.context.close();
      } catch (error) {
        timedOut(target, allKeys, error);
      }
    }
    for (const target of shuffle(targets)) {
      const record = samples[target.id];
      const slow = median(record.warmLoad) > SLOW_LOAD_MS;
      if (!target.warm || dead.has(target.id) || slow) {
        for (const key of warmKeys) record[key].push(NaN);
        continue;
      }
      try {
        const load = await warmLoad(browser, target, origin, options.timeoutMs);
        record.warmPress.push(load.pressMs);
        record.warmLoad.push(load.datasetMs);
        record.warmReceived.push(load.receivedMs);
        record.warmLongest.push(load.longestFrame);
      } catch (error) {
        timedOut(target, allKeys, error);
      }
    }
  }

  const pages = {};
  for (const target of targets) {
    if (dead.has(target.id)) continue;
    try {
      pages[target.id] = await openTarget(browser, target, origin, options.timeoutMs);
    } catch (error) {
      timedOut(target, changeKeys, error);
    }
  }
  const peers = targets.filter((target) => target.peer && samples.ours);
  const started = Date.now();
  let round = 0;
  for (;;) {
    for (const target of shuffle(targets)) {
      const record = samples[target.id];
      const skip = () => ROUND_KEYS.forEach((key) => record[key].push(NaN));
      const tooSlow =
        median(record.single) > SLOW_CHANGE_MS && finiteCount(record.single) >= SLOW_SAMPLES;
      if (dead.has(target.id) || tooSlow) {
        skip();
        if (round % 2 === 1) record.burst.push(NaN);
        continue;
      }
      try {
        const single = await interact(
          pages[target.id],
          target,
          1,
          () => round % 2 === 0,
          options.timeoutMs,
        );
        record.single.push(single.ms);
        record.longest.push(single.longestFrame);
        record.longFrames.push(single.longFrames);
        record.event.push(single.eventMs);
        record.main.push(single.mainThreadMs);
        record.chartChanged.push(single.chartChanged ? 1 : 0);
        if (round % 2 === 1) {
          if (median(record.single) < BURST_LIMIT_MS) {
            // Ten changes ending where they started, so rounds stay alike.
            const burst = await interact(
              pages[target.id],
              target,
              BURST,
              (change) => change % 2 === 0,
              options.timeoutMs,
            );
            record.burst.push(burst.ms);
          } else record.burst.push(NaN);
        }
      } catch (error) {
        timedOut(target, changeKeys, error);
        await pages[target.id].context.close();
        // Keep this round's arrays as long as the others'.
        for (const key of ROUND_KEYS) if (record[key].length <= round) record[key].push(NaN);
        if (round % 2 === 1 && record.burst.length <= round >> 1) record.burst.push(NaN);
      }
    }
    round += 1;
    const tight = peers.every(
      (peer) =>
        dead.has(peer.id) ||
        dead.has('ours') ||
        tightEnough(bootstrapRatio(samples[peer.id].single, samples.ours.single)),
    );
    const alive = targets.some((target) => !dead.has(target.id));
    if (!alive || (round >= options.minRounds && (tight || Date.now() - started > options.capMs)))
      break;
  }

  const memory = {};
  for (const target of targets) {
    if (dead.has(target.id)) continue;
    try {
      memory[target.id] = await withTimeout(
        heapAndNodes(pages[target.id]),
        options.timeoutMs,
        'heap after GC',
      );
    } catch (error) {
      timedOut(target, ['heapMB', 'buffersMB', 'nodes'], error);
    }
    await pages[target.id].context.close();
  }
  return { size, rowCount, rounds: round, targets, samples, memory, notes };
}
