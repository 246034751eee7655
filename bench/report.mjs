// The Markdown report: medians per target, paired ratios peer ÷ ours, and the issue's goals.
import { BURST } from './measure.mjs';
import { bootstrapRatio, median } from './stats.mjs';

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
// An interval needs a few pairs; with fewer, the ratio and its count.
const ratioText = ({ ratio, low, high, n }) => {
  if (!Number.isFinite(ratio)) return '–';
  return n >= 3
    ? `${fmt(ratio, 2)}× [${fmt(low, 2)}–${fmt(high, 2)}]`
    : `${fmt(ratio, 2)}× (n = ${n})`;
};
const finite = (values) => values.filter(Number.isFinite);

// Issue #8's load goals: dataset request → first chart painted, by rows.
const LOAD_GOALS_MS = { 10_000: 150, 100_000: 400, 1_000_000: 1_500 };
const FRAME_GOAL_MS = 16;
const RATIO_GOALS = { plot: 10, vegalite: 30 };
const HEAP_GOAL_MB = 64;

/** A median cell: the value, "timed out" when the target timed out before any sample, or –. */
function medianCell(record, key, digits) {
  if (!record) return '–';
  const value = median(record[key]);
  if (Number.isFinite(value)) return fmt(value, digits);
  return record.timedOut[key] ? 'timed out' : '–';
}

function mainRows({ size, rounds, samples, memory }, columns, peers) {
  const lines = [];
  const line = (label, cells, ratios) =>
    lines.push(`| ${size} | ${label} | ${[...cells, ...ratios].join(' | ')} |`);
  const row = (label, key, digits = 1) =>
    line(
      label,
      columns.map((target) => medianCell(samples[target.id], key, digits)),
      peers.map((peer) =>
        samples[peer.id] && samples.ours
          ? ratioText(bootstrapRatio(samples[peer.id][key], samples.ours[key]))
          : '–',
      ),
    );
  row(`filter → painted (${rounds} rounds)`, 'single');
  row(`burst of ${BURST} changes, 60 ms apart → painted`, 'burst');
  row('longest animation frame in a change', 'longest');
  row('Event Timing duration (max, ≥16 ms)', 'event');
  row('main-thread task time per change (until 0.6 s after it)', 'main');
  row('navigation → first chart painted', 'navigationLoad', 0);
  row('dataset request → first chart painted', 'datasetLoad', 0);
  row('dataset received → first chart painted', 'datasetReceived', 0);
  row('longest animation frame while loading', 'firstLongest', 0);
  row('open page: press → chart painted', 'warmPress', 0);
  row('open page: dataset request → chart painted', 'warmLoad', 0);
  row('open page: dataset received → chart painted', 'warmReceived', 0);
  row('open page: longest animation frame while loading', 'warmLongest', 0);
  line(
    'chart changed after a single change',
    columns.map((target) => {
      const changed = finite(samples[target.id]?.chartChanged ?? []);
      return changed.length ? `${changed.reduce((a, b) => a + b, 0)}/${changed.length}` : '–';
    }),
    peers.map(() => ''),
  );
  for (const [label, key, digits] of [
    ['JS heap + ArrayBuffers after GC, page and workers (MB)', 'heapMB', 1],
    ['of which ArrayBuffers (MB)', 'buffersMB', 1],
    ['DOM elements', 'nodes', 0],
  ]) {
    const valueOf = (id) => memory[id]?.[key] ?? NaN;
    line(
      label,
      columns.map((target) =>
        samples[target.id]?.timedOut[key] && !memory[target.id]
          ? 'timed out'
          : fmt(valueOf(target.id), digits),
      ),
      peers.map((peer) => {
        const ratio = valueOf(peer.id) / valueOf('ours');
        return Number.isFinite(ratio) ? `${fmt(ratio, 2)}×` : '–';
      }),
    );
  }
  return lines;
}

const withUnit = (value, unit, digits = 1) =>
  Number.isFinite(value) ? `${fmt(value, digits)} ${unit}` : '–';
const verdict = (value, met) => (Number.isFinite(value) ? (met ? 'yes' : 'no') : 'not measured');

/** Issue #8's goals for one size, judged on the dashboard's chart (`ours`). */
export function goalRows({ size, rowCount, samples, memory }) {
  const ours = samples.ours;
  if (!ours) return [];
  const rows = [];
  const goal = (text, measured, met) => rows.push(`| ${size} | ${text} | ${measured} | ${met} |`);
  const single = median(ours.single);
  goal(
    `filter → painted median ≤ ${FRAME_GOAL_MS} ms`,
    withUnit(single, 'ms'),
    verdict(single, single <= FRAME_GOAL_MS),
  );
  const longFrames = finite(ours.longFrames);
  const withLongFrame = longFrames.filter((count) => count > 0).length;
  goal(
    'no long animation frame (> 50 ms) in a change',
    longFrames.length ? `${withLongFrame} of ${longFrames.length} changes had one` : '–',
    longFrames.length ? (withLongFrame === 0 ? 'yes' : 'no') : 'not measured',
  );
  if (rowCount >= 1_000_000) {
    for (const [id, times] of Object.entries(RATIO_GOALS)) {
      if (!samples[id]) continue;
      const ratio = bootstrapRatio(samples[id].single, ours.single);
      goal(
        `filter → painted ≥ ${times}× faster than ${id === 'plot' ? 'Plot' : 'Vega-Lite'}`,
        samples[id].timedOut.single && !Number.isFinite(ratio.ratio)
          ? `${id === 'plot' ? 'Plot' : 'Vega-Lite'} timed out`
          : ratioText(ratio),
        verdict(ratio.ratio, ratio.ratio >= times),
      );
    }
  }
  const loadGoal = LOAD_GOALS_MS[rowCount];
  if (loadGoal) {
    for (const [from, key] of [
      ['new page: dataset request', 'datasetLoad'],
      ['new page: dataset received', 'datasetReceived'],
      ['open page: press', 'warmPress'],
      ['open page: dataset request', 'warmLoad'],
      ['open page: dataset received', 'warmReceived'],
    ]) {
      const load = median(ours[key]);
      goal(
        `${from} → chart ≤ ${loadGoal} ms`,
        withUnit(load, 'ms', 0),
        verdict(load, load <= loadGoal),
      );
    }
  }
  if (rowCount >= 1_000_000) {
    const heap = memory.ours?.heapMB ?? NaN;
    goal(
      `JS heap + ArrayBuffers after GC ≤ ${HEAP_GOAL_MB} MB`,
      withUnit(heap, 'MB'),
      verdict(heap, heap <= HEAP_GOAL_MB),
    );
  }
  return rows;
}

export function report(results, meta, options) {
  const columns = options.targets;
  const peers = columns.filter((target) => target.peer);
  const lines = [
    `# Benchmark ${meta.date}`,
    '',
    `Command: \`${meta.command}\` · ${meta.cpu} · Chromium ${meta.browser} · Node ${process.version}`,
    '',
    'Chart: projects per result level with a region filter (all ↔ ESF national). Ours: the',
    'production build, the counts chart alone (`/embed/results-counts`) and, for reference, the',
    'whole `/results` view (counts chart and the projects × levels matrix) and the `/projects`',
    'view (tile map, timeline and the virtualised project list). Peers: the same bar',
    'chart by Observable Plot and by Vega-Lite (vega-embed), on the same generated file. A change',
    "ends when the frame showing the last change of the chart's figure (a peer: its container; for",
    'a whole view: the whole page) has painted, once the chart has drawn (a peer: its own render',
    'has finished, `data-rendered`) and a following painted frame changed nothing. The first chart',
    'ends the same way. Ratios are peer ÷ ours-chart (above 1: ours is faster), medians',
    'with bootstrap 95 % intervals over paired rounds. Times in ms (median). "dataset request"',
    'starts at the request for `projects.json` (resource timing; ours fetches it in its dataset',
    'worker), "dataset received" at the end of its response (what is left: parsing, checking,',
    'drawing); "navigation" at navigation start.',
    '"Open page": the dataset is loaded into a page whose code is already running (ours: the',
    "survey view, then the navigation's link to the result levels, which draws the whole view,",
    'its code loaded while the survey view was idle;',
    'a peer: its page with `?defer=1`, then its load button); "press" starts at that click, so it',
    'also counts what runs before the request.',
    '',
    `| size | measure | ${[...columns.map((target) => target.label), ...peers.map((peer) => `${peer.label} ÷ ours`)].join(' | ')} |`,
    `| --- | --- | ${[...columns, ...peers].map(() => '---').join(' | ')} |`,
  ];
  for (const result of results) lines.push(...mainRows(result, columns, peers));
  const goals = results.flatMap(goalRows);
  if (goals.length > 0) {
    lines.push(
      '',
      "Issue #8's goals, on ours: chart (no long frame: across the single changes measured).",
      '',
      '| size | goal | measured | met |',
      '| --- | --- | --- | --- |',
      ...goals,
    );
  }
  const notes = results.flatMap(({ size, notes }) => notes.map((note) => `- ${size}: ${note}`));
  const unchanged = unchangedCharts(results).map(
    ({ size, target }) =>
      `- ${size}: ${target.label}'s chart did not change after every region change: its filter timings are not valid.`,
  );
  if (notes.length + unchanged.length > 0)
    lines.push('', '## Harness notes', '', ...notes, ...unchanged);
  return `${lines.join('\n')}\n`;
}

/** Targets whose chart stayed the same after a region change (a broken measure). */
export function unchangedCharts(results) {
  return results.flatMap(({ size, targets, samples }) =>
    targets
      .filter((target) => finite(samples[target.id].chartChanged).some((changed) => !changed))
      .map((target) => ({ size, target })),
  );
}
