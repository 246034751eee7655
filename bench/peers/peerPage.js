// What every peer page shares: the region select, the render counter the harness waits on, and
// the load (at once, or with ?defer=1 when #load is pressed, as when a dataset is opened in a page
// that is already running).
/* global location, document, Option */

export const LEVELS = ['policy', 'collaboration', 'organisation', 'individual'];
// The dashboard's region select begins the same way: all regions, then ESF national.
const REGIONS = ['', 'SE0', 'SE32', 'SE31', 'SE21', 'SE11', 'SE22', 'SE23', 'SE33', 'SE12'];

/**
 * Runs a peer page. `draw(file, page)` draws the chart from the parsed projects file and redraws
 * on `page.select` changes, calling `page.rendered()` after each render: it sets `data-rendered`
 * on #chart to the number of renders so far, so the harness can tell a finished render (Vega
 * draws asynchronously) from a pending one.
 */
export async function runPeerPage(draw) {
  const select = document.getElementById('region');
  const chart = document.getElementById('chart');
  for (const code of REGIONS) select.append(new Option(code || 'All regions', code));
  let renders = 0;
  const rendered = () => (chart.dataset.rendered = String((renders += 1)));

  async function loadAndDraw() {
    const response = await fetch('/bench-data/projects.json');
    await draw(await response.json(), { select, chart, rendered });
    document.body.dataset.ready = 'true';
  }

  if (new URLSearchParams(location.search).has('defer')) {
    const load = document.createElement('button');
    load.id = 'load';
    load.textContent = 'Load the projects';
    load.addEventListener('click', loadAndDraw, { once: true });
    document.body.append(load);
  } else await loadAndDraw();
}
