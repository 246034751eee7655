// The harness's command line and the targets it can measure.
//
//   npm run bench -- [--sizes 1k,10k,100k,1m] [--targets ours,plot,vegalite,view,projects,floor] [--quick]
//                    [--cap 90] [--timeout 60] [--no-build] [--port 4850]
import { parseSize } from './generate.mjs';

export const TARGETS = [
  // The dashboard's counts chart alone (its embed), and the whole /results view around it.
  // `warm`: where a dataset is loaded into a page that is already open (ours: the survey view,
  // then the navigation's link to the result levels, which draws the whole view).
  {
    id: 'ours',
    label: 'ours: chart',
    url: '/embed/results-counts',
    chart: '.result-counts svg',
    warm: { url: '/survey', press: '.app-nav a[href="/results"]' },
  },
  {
    id: 'view',
    label: 'ours: whole view',
    url: '/results',
    chart: '.result-counts svg',
    scope: 'page',
  },
  // The project explorer: tile map, timeline and the virtualised list, all filtered by region.
  {
    id: 'projects',
    label: 'ours: project list view',
    url: '/projects',
    chart: '.project-table tbody',
    scope: 'page',
    warm: { url: '/survey', press: '.app-nav a[href="/projects"]' },
  },
  {
    id: 'plot',
    label: 'Plot',
    url: '/peers/?lib=plot',
    chart: '#chart svg',
    peer: true,
    warm: { url: '/peers/?lib=plot&defer=1', press: '#load' },
  },
  {
    id: 'vegalite',
    label: 'Vega-Lite',
    url: '/peers/?lib=vegalite',
    chart: '#chart svg',
    peer: true,
    warm: { url: '/peers/?lib=vegalite&defer=1', press: '#load' },
  },
  // Not a library: the same chart drawn by hand (bench/peers/floor.js), what this machine takes
  // at least. Measured when asked for (--targets …,floor).
  {
    id: 'floor',
    label: 'by hand',
    url: '/peers/floor.html',
    chart: '#chart svg',
    peer: true,
    optional: true,
    warm: { url: '/peers/floor.html?defer=1', press: '#load' },
  },
];

export function parseOptions(args) {
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index === -1 ? fallback : args[index + 1];
  };
  const list = (text) => text.split(',').map((item) => item.trim().toLowerCase());
  const quick = args.includes('--quick');
  const sizes = list(option('sizes', quick ? '1k' : '1k,10k,100k'));
  sizes.forEach(parseSize);
  const targetIds = list(
    option(
      'targets',
      TARGETS.filter((target) => !target.optional)
        .map((target) => target.id)
        .join(','),
    ),
  );
  const unknown = targetIds.filter((id) => !TARGETS.some((target) => target.id === id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown target ${unknown.join(', ')} (known: ${TARGETS.map((target) => target.id).join(', ')})`,
    );
  }
  return {
    quick,
    sizes,
    targets: TARGETS.filter((target) => targetIds.includes(target.id)),
    capMs: Number(option('cap', quick ? '15' : '90')) * 1000,
    // Past this, an action (a load, a change, a heap reading) counts as timed out.
    timeoutMs: Number(option('timeout', '60')) * 1000,
    minRounds: quick ? 3 : 8,
    build: !args.includes('--no-build'),
    port: Number(option('port', '4850')),
  };
}

/** Loads per target: fewer for big files, where one load takes seconds. */
export function loadRepeats(options, rowCount) {
  if (rowCount >= 1_000_000) return 2;
  return options.quick ? 2 : 4;
}
