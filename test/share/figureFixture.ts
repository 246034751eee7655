import type { FigureData } from '../../src/share/figureData';

/** A small figure with the awkward cases: formulas, quotes, commas, newlines, å ä ö, negatives. */
export function sampleFigure(overrides: Partial<FigureData> = {}): FigureData {
  return {
    chartId: 'sample-chart',
    title: 'Områden efter andel',
    subtitle: 'Enkät, december 2019',
    filterCaption: 'Region: Hela Sverige',
    sourceLine: 'Källa: MSI – enkät 2019.',
    illustrative: false,
    summary: 'Tvärsektoriell samverkan är högst prioriterad med 15 %.',
    columns: [
      { key: 'rank', label: 'Rang', type: 'number' },
      { key: 'area', label: 'Område', type: 'text' },
      { key: 'share', label: 'Andel', type: 'percent' },
    ],
    rows: [
      {
        key: 'a',
        cells: { rank: 1, area: 'Tvärsektoriell samverkan', share: 15 },
        provenance: { kind: 'published', detail: 'MSI, tabell 2' },
      },
      {
        key: 'b',
        cells: { rank: 2, area: '=SUM(A1:A2)', share: 9.5 },
        provenance: { kind: 'derived', detail: '253 × 40 %' },
      },
      {
        key: 'c',
        cells: { rank: -5, area: '-5', share: null },
        provenance: { kind: 'illustrative', detail: '@made up' },
      },
      {
        key: 'd',
        cells: { rank: 4, area: 'Quote "this", and\na new line', share: 1234.5 },
        provenance: { kind: 'published', detail: 'Sida 3, rad 4' },
      },
    ],
    ...overrides,
  };
}
