// The benchmark's peer page: the same chart as the dashboard's "projects per result level" with
// a region filter, drawn by Observable Plot (?lib=plot) or Vega-Lite through vega-embed
// (?lib=vegalite), each used the way its documentation shows, on the same generated data.
/* global location */
import * as Plot from '@observablehq/plot';
import vegaEmbed from 'vega-embed';
import { LEVELS, runPeerPage } from './peerPage.js';

const library = new URLSearchParams(location.search).get('lib') ?? 'plot';

/** The columnar projects file as the long table a chart library takes: one row per project and level. */
function tidyRows(file) {
  const region = file.columns.region;
  const masks = file.columns.resultLevels.masks;
  const rows = [];
  for (let row = 0; row < file.rowCount; row += 1) {
    const code = region.dictionary[region.indices[row]];
    for (let level = 0; level < LEVELS.length; level += 1) {
      if (masks[row] & (1 << level)) rows.push({ region: code, level: LEVELS[level] });
    }
  }
  return rows;
}

async function plotChart(rows, { select, chart, rendered }) {
  const draw = (region) =>
    Plot.plot({
      width: 640,
      marginLeft: 100,
      y: { domain: LEVELS, label: null },
      x: { label: 'Projects', grid: true },
      marks: [
        Plot.barX(
          rows,
          Plot.groupY(
            { x: 'count' },
            { y: 'level', filter: region ? (d) => d.region === region : null },
          ),
        ),
        Plot.ruleX([0]),
      ],
    });
  const render = () => {
    chart.replaceChildren(draw(select.value));
    rendered();
  };
  render();
  select.addEventListener('change', render);
}

async function vegaLiteChart(rows, { select, chart, rendered }) {
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 540,
    // Named datasets belong to the spec: vega-embed has no `datasets` option (passing it there
    // left the chart empty, so a filter change drew nothing).
    datasets: { projects: rows },
    data: { name: 'projects' },
    params: [{ name: 'region', value: '' }],
    transform: [{ filter: "region === '' || datum.region === region" }],
    mark: 'bar',
    encoding: {
      y: { field: 'level', type: 'nominal', sort: LEVELS, title: null },
      x: { aggregate: 'count', type: 'quantitative', title: 'Projects' },
    },
  };
  const { view } = await vegaEmbed(chart, spec, { renderer: 'svg', actions: false });
  rendered();
  select.addEventListener('change', async () => {
    await view.signal('region', select.value).runAsync();
    rendered();
  });
}

await runPeerPage((file, page) =>
  library === 'vegalite' ? vegaLiteChart(tidyRows(file), page) : plotChart(tidyRows(file), page),
);
