import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/i18n/format';
import { figureSvg, SIZE_PRESETS } from '../../src/share/svgExport';
import { sampleFigure } from './figureFixture';

const SVG_NS = 'http://www.w3.org/2000/svg';

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

function liveChart(): SVGSVGElement {
  const chart = document.createElementNS(SVG_NS, 'svg');
  chart.setAttribute('viewBox', '0 0 640 200');
  chart.setAttribute('role', 'img');
  chart.setAttribute('class', 'chart');
  const row = document.createElementNS(SVG_NS, 'g');
  row.setAttribute('style', 'transform: translateY(40px)');
  const bar = document.createElementNS(SVG_NS, 'rect');
  bar.setAttribute('width', '300');
  bar.setAttribute('height', '20');
  // jsdom leaves presentation attributes out of computed styles; a browser includes them.
  bar.setAttribute('style', 'fill: url(#stripes)');
  const label = document.createElementNS(SVG_NS, 'text');
  label.textContent = 'Tvärsektoriell samverkan';
  row.append(bar, label);
  chart.append(row);
  const patterns = document.createElementNS(SVG_NS, 'svg');
  const pattern = document.createElementNS(SVG_NS, 'pattern');
  pattern.id = 'stripes';
  patterns.append(pattern);
  document.body.append(chart, patterns);
  return chart;
}

const texts = (document: Document) =>
  [...document.querySelectorAll('text')].map((text) => text.textContent);

describe('figureSvg', () => {
  it('is a standalone SVG of the preset’s size with a title and a description', () => {
    for (const [preset, size] of Object.entries(SIZE_PRESETS)) {
      const svg = figureSvg(sampleFigure(), [liveChart()], {
        preset: preset as keyof typeof SIZE_PRESETS,
        lang: 'sv',
      });
      expect(svg.startsWith('<?xml')).toBe(true);
      const root = parse(svg).documentElement;
      expect(root.namespaceURI).toBe(SVG_NS);
      expect(svg).toContain(`xmlns="${SVG_NS}"`);
      expect(root.getAttribute('width')).toBe(String(size.width));
      expect(root.getAttribute('height')).toBe(String(size.height));
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
      expect(root.querySelector(':scope > title')?.textContent).toBe('Områden efter andel');
      expect(root.querySelector(':scope > desc')?.textContent).toContain(
        'Källa: MSI – enkät 2019.',
      );
    }
  });

  it('shows the title, subtitle, filters, summary and source, and copies the chart in', () => {
    const document = parse(
      figureSvg(sampleFigure(), [liveChart()], { preset: '16:9', lang: 'sv' }),
    );
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        'Områden efter andel',
        'Enkät, december 2019',
        'Region: Hela Sverige',
        'Källa: MSI – enkät 2019.',
        'Tvärsektoriell samverkan',
      ]),
    );
    expect(texts(document).join(' ')).toContain('Tvärsektoriell samverkan är högst prioriterad');
    const chart = document.documentElement.querySelector('svg svg');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 640 200');
    expect(chart?.hasAttribute('role')).toBe(false);
    expect(document.querySelector('[class], [style]')).toBeNull();
    expect(document.querySelector('g')?.getAttribute('transform')).toBe('translate(0 40)');
    expect(document.querySelector('defs > pattern#stripes')).not.toBeNull();
  });

  it('marks the figure with its most cautious provenance: published, derived or illustrative', () => {
    const rows = sampleFigure().rows;
    const markOf = (kinds: string[], lang: 'sv' | 'en' = 'sv') => {
      const figure = sampleFigure({
        rows: rows.filter((row) => kinds.includes(row.provenance.kind)),
      });
      const shown = texts(parse(figureSvg(figure, [liveChart()], { preset: '16:9', lang })));
      return ['Publicerad', 'Härledd', '⚠ Exempeldata', 'Published'].filter((mark) =>
        shown.includes(mark),
      );
    };
    expect(markOf(['published'])).toEqual(['Publicerad']);
    expect(markOf(['published'], 'en')).toEqual(['Published']);
    expect(markOf(['published', 'derived'])).toEqual(['Härledd']);
    expect(markOf(['published', 'derived', 'illustrative'])).toEqual(['⚠ Exempeldata']);
  });

  it('carries the illustrative-data mark in the chosen language when a value is illustrative', () => {
    const figure = sampleFigure({ illustrative: true });
    expect(texts(parse(figureSvg(figure, [], { preset: 'square', lang: 'sv' })))).toContain(
      '⚠ Exempeldata',
    );
    expect(texts(parse(figureSvg(figure, [], { preset: 'square', lang: 'en' })))).toContain(
      '⚠ Illustrative data',
    );
  });

  it('draws the legend the page shows beside the chart, each mark in its colour, above the chart', () => {
    const figure = sampleFigure({
      legend: [
        { mark: '●', color: '#0072B2', label: 'Sverige (publicerat)' },
        { mark: '◇', color: '#D55E00', label: 'Stockholms län (exempeldata)' },
      ],
    });
    const document = parse(figureSvg(figure, [liveChart()], { preset: '16:9', lang: 'sv' }));
    const entries = [...document.querySelectorAll('text')].filter(
      (text) => text.querySelector('tspan') !== null,
    );
    expect(entries.map((text) => text.textContent)).toEqual([
      '● Sverige (publicerat)',
      '◇ Stockholms län (exempeldata)',
    ]);
    expect(entries[1]?.querySelector('tspan')?.getAttribute('fill')).toBe('#D55E00');
    const chartTop = Number(document.documentElement.querySelector('svg svg')?.getAttribute('y'));
    for (const entry of entries) expect(Number(entry.getAttribute('y'))).toBeLessThan(chartTop);
  });

  it('puts the summary under a wide chart on a square slide, not at its foot below a gap', () => {
    const document = parse(
      figureSvg(sampleFigure(), [liveChart()], { preset: 'square', lang: 'sv' }),
    );
    const frame = document.documentElement.querySelector('svg svg');
    const chartBottom = Number(frame?.getAttribute('y')) + Number(frame?.getAttribute('height'));
    const summary = [...document.querySelectorAll('text')].find((text) =>
      text.textContent?.startsWith('Tvärsektoriell samverkan är'),
    );
    const summaryY = Number(summary?.getAttribute('y'));
    expect(summaryY).toBeGreaterThan(chartBottom);
    expect(summaryY - chartBottom).toBeLessThan(SIZE_PRESETS.square.width * 0.06);
  });

  it('draws the rows as a table, values formatted for the language, when there is no SVG chart', () => {
    const document = parse(figureSvg(sampleFigure(), [], { preset: '4:3', lang: 'sv' }));
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        'Rang',
        'Område',
        'Andel',
        'Ursprung',
        formatPercent('sv', 9.5),
        'Publicerad',
      ]),
    );
    expect(document.querySelector('svg svg')).toBeNull();
  });

  it('says how many rows did not fit instead of squeezing them illegibly', () => {
    const many = sampleFigure({
      rows: Array.from({ length: 120 }, (_, index) => ({
        key: String(index),
        cells: { rank: index + 1, area: `Område ${index + 1}`, share: 1 },
        provenance: { kind: 'illustrative' as const, detail: 'påhittat' },
      })),
    });
    const lines = texts(parse(figureSvg(many, [], { preset: '16:9', lang: 'en' })));
    expect(lines.some((line) => /^… and \d+ more rows/.test(line ?? ''))).toBe(true);
    expect(lines).not.toContain('Område 120');
  });

  it('puts no user text into markup: a title with tags stays text', () => {
    const svg = figureSvg(sampleFigure({ title: '<script>alert(1)</script>' }), [], {
      preset: '16:9',
      lang: 'en',
    });
    expect(svg).not.toContain('<script>');
    expect(parse(svg).querySelector('script')).toBeNull();
  });

  it('uses a dark background when asked', () => {
    const document = parse(
      figureSvg(sampleFigure(), [liveChart()], { preset: '16:9', lang: 'en', theme: 'dark' }),
    );
    expect(document.querySelector('svg > rect')?.getAttribute('fill')).toBe('#14191f');
  });
});
