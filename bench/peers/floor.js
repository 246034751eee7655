// The benchmark's floor: the same chart drawn by hand. One pass over the columns counts the
// projects per level, and four bars with their labels are made with DOM calls: no library, no
// checks of the file, no worker, no framework. What a page on this machine takes at least.
/* global document */
import { LEVELS, runPeerPage } from './peerPage.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const LABEL_WIDTH = 100;
const ROW = 30;

function countPerLevel(file, region) {
  const { dictionary, indices } = file.columns.region;
  const masks = file.columns.resultLevels.masks;
  const counts = LEVELS.map(() => 0);
  for (let row = 0; row < file.rowCount; row += 1) {
    if (region && dictionary[indices[row]] !== region) continue;
    for (let level = 0; level < LEVELS.length; level += 1) {
      if (masks[row] & (1 << level)) counts[level] += 1;
    }
  }
  return counts;
}

function svgElement(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function barChart(counts) {
  const max = Math.max(1, ...counts);
  const svg = svgElement('svg', { width: WIDTH, height: ROW * LEVELS.length });
  LEVELS.forEach((level, index) => {
    const y = index * ROW;
    const width = ((WIDTH - LABEL_WIDTH - 60) * counts[index]) / max;
    svg.append(
      svgElement('text', { x: LABEL_WIDTH - 8, y: y + 19, 'text-anchor': 'end' }, level),
      svgElement('rect', { x: LABEL_WIDTH, y: y + 4, width, height: ROW - 8, fill: 'steelblue' }),
      svgElement('text', { x: LABEL_WIDTH + width + 6, y: y + 19 }, String(counts[index])),
    );
  });
  return svg;
}

await runPeerPage((file, { select, chart, rendered }) => {
  const render = () => {
    chart.replaceChildren(barChart(countPerLevel(file, select.value)));
    rendered();
  };
  render();
  select.addEventListener('change', render);
});
