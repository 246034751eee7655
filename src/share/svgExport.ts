import { approximateCharsThatFit, approximateTextWidth, wrapText } from '../charts/wrapText';
import type { Language } from '../i18n/format';
import { createI18n, type I18n } from '../i18n/I18nProvider';
import {
  figureProvenanceKind,
  provenanceColumns,
  type FigureData,
  type LegendEntry,
  type RowProvenance,
} from './figureData';
import { formatCell, isNumericColumn } from './formatCell';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Slide sizes in pixels. */
export const SIZE_PRESETS = {
  '16:9': { width: 1600, height: 900 },
  '4:3': { width: 1600, height: 1200 },
  square: { width: 1200, height: 1200 },
} as const;
export type SizePreset = keyof typeof SIZE_PRESETS;
export const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS) as SizePreset[];

export type ExportTheme = 'light' | 'dark';

/** Fonts every system has, so that the text renders when the SVG is rasterised. */
export const EXPORT_FONT_STACK = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';

interface ThemeColors {
  background: string;
  ink: string;
  muted: string;
  line: string;
  /** The provenance mark's ink and background, by kind. */
  marks: Record<RowProvenance['kind'], { ink: string; background: string }>;
  /** The charts' own colours are made for white: on a dark slide they sit on a white card. */
  chartCard: string | null;
}

const THEMES: Record<ExportTheme, ThemeColors> = {
  light: {
    background: '#ffffff',
    ink: '#1f2933',
    muted: '#52606d',
    line: '#d9dee3',
    marks: {
      published: { ink: '#0b5d3b', background: '#e6f4ec' },
      derived: { ink: '#4b3a8c', background: '#eeeafa' },
      illustrative: { ink: '#8a3b00', background: '#fff1e6' },
    },
    chartCard: null,
  },
  dark: {
    background: '#14191f',
    ink: '#f5f7f9',
    muted: '#c2cad3',
    line: '#3e4852',
    marks: {
      published: { ink: '#8fdcb4', background: '#10291d' },
      derived: { ink: '#c9bdff', background: '#231c40' },
      illustrative: { ink: '#ffb27a', background: '#33210f' },
    },
    chartCard: '#ffffff',
  },
};

/** What a stylesheet sets on chart marks; a standalone file gets them as attributes. */
const PRESENTATION_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const URL_REFERENCE = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;

export interface SvgExportOptions {
  preset: SizePreset;
  lang: Language;
  theme?: ExportTheme;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Attributes = Record<string, string | number>;

class SvgBuilder {
  constructor(private readonly doc: Document) {}

  element(name: string, attributes: Attributes = {}, text?: string): SVGElement {
    const element = this.doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    return element;
  }
}

/** Lines of text from `top`, each in its own `<text>`; returns the y below the last line. */
function appendLines(
  parent: Element,
  svg: SvgBuilder,
  lines: readonly string[],
  at: { x: number; top: number; size: number; fill: string; weight?: number; anchor?: string },
): number {
  const lineHeight = at.size * 1.25;
  lines.forEach((line, index) => {
    parent.append(
      svg.element(
        'text',
        {
          x: at.x,
          y: round(at.top + index * lineHeight + at.size * 0.9),
          'font-size': round(at.size),
          'font-weight': at.weight ?? 400,
          fill: at.fill,
          ...(at.anchor ? { 'text-anchor': at.anchor } : {}),
        },
        line,
      ),
    );
  });
  return at.top + lines.length * lineHeight;
}

/**
 * The legend's entries side by side, a new line where the next would not fit; returns the y below
 * the last line.
 */
function appendLegend(
  parent: Element,
  svg: SvgBuilder,
  entries: readonly LegendEntry[],
  at: { x: number; top: number; width: number; size: number; fill: string },
): number {
  const lineHeight = at.size * 1.5;
  const gap = at.size * 1.5;
  let x = at.x;
  let line = 0;
  for (const entry of entries) {
    const entryWidth = approximateTextWidth(`${entry.mark} ${entry.label}`, at.size);
    if (x > at.x && x + entryWidth > at.x + at.width) {
      x = at.x;
      line += 1;
    }
    const label = svg.element('text', {
      x: round(x),
      y: round(at.top + line * lineHeight + at.size * 0.9),
      'font-size': round(at.size),
      fill: at.fill,
    });
    label.append(
      svg.element('tspan', { fill: entry.color, 'font-weight': 700 }, entry.mark),
      svg.element('tspan', {}, ` ${entry.label}`),
    );
    parent.append(label);
    x += entryWidth + gap;
  }
  return at.top + (line + 1) * lineHeight;
}

function wrapToWidth(text: string, width: number, size: number, maxLines: number, bold = false) {
  return text
    ? wrapText(text, approximateCharsThatFit(width * (bold ? 0.9 : 1), size), maxLines)
    : [];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function svgSizeOf(chart: SVGSVGElement): { width: number; height: number } {
  const viewBox = chart
    .getAttribute('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (viewBox && viewBox.length === 4 && viewBox.every(Number.isFinite)) {
    return { width: viewBox[2] ?? 0, height: viewBox[3] ?? 0 };
  }
  const width = Number(chart.getAttribute('width'));
  const height = Number(chart.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = chart.getBoundingClientRect();
  return { width: box.width || 1, height: box.height || 1 };
}

/** A CSS transform from an inline style (`translateY(12px)`) in SVG's transform syntax. */
function svgTransform(cssTransform: string): string {
  return cssTransform
    .replace(/(-?[\d.]+)px/g, '$1')
    .replace(/translateX\(([^)]+)\)/g, 'translate($1 0)')
    .replace(/translateY\(([^)]+)\)/g, 'translate(0 $1)');
}

/** Copies the computed styles of `live` and its descendants onto `clone` as attributes. */
function inlineStyles(live: Element, clone: Element): void {
  const view = live.ownerDocument.defaultView;
  const liveElements = [live, ...live.querySelectorAll('*')];
  const cloneElements = [clone, ...clone.querySelectorAll('*')];
  liveElements.forEach((liveElement, index) => {
    const cloneElement = cloneElements[index];
    if (!cloneElement || !view) return;
    const computed = view.getComputedStyle(liveElement);
    if (computed.display === 'none') {
      cloneElement.remove();
      return;
    }
    for (const property of PRESENTATION_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) cloneElement.setAttribute(property, value.replace(URL_REFERENCE, 'url(#$1)'));
    }
    const inlineTransform =
      liveElement instanceof view.SVGElement ? liveElement.style.transform : '';
    if (inlineTransform) {
      const computedTransform = computed.transform;
      cloneElement.setAttribute(
        'transform',
        svgTransform(
          computedTransform && computedTransform !== 'none' ? computedTransform : inlineTransform,
        ),
      );
    }
    cloneElement.removeAttribute('class');
    cloneElement.removeAttribute('style');
  });
}

/** Patterns and gradients a clone refers to but that live elsewhere in the page. */
function referencedDefinitions(clone: Element, live: Element): Element[] {
  const ownIds = new Set([...clone.querySelectorAll('[id]')].map((element) => element.id));
  const wanted = new Set<string>();
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      for (const match of attribute.value.matchAll(URL_REFERENCE)) {
        if (match[1] && !ownIds.has(match[1])) wanted.add(match[1]);
      }
    }
  }
  return [...wanted].flatMap((id) => {
    const definition = live.ownerDocument.getElementById(id);
    if (!definition) return [];
    const copy = definition.cloneNode(true) as Element;
    inlineStyles(definition, copy);
    return [copy];
  });
}

const CHART_GAP = 16;

/** The charts' combined size: stacked one under another, as on the page. */
function stackedSize(charts: readonly SVGSVGElement[]) {
  const sizes = charts.map(svgSizeOf);
  return {
    sizes,
    width: Math.max(...sizes.map((size) => size.width)),
    height: sizes.reduce((sum, size) => sum + size.height, 0) + CHART_GAP * (charts.length - 1),
  };
}

/** The largest box of the charts' aspect ratio in `area`: centred across, at the top. */
function fitInto(area: Box, size: { width: number; height: number }): Box {
  const scale = Math.min(area.width / size.width, area.height / size.height);
  const width = size.width * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y, width, height: size.height * scale };
}

/** The live charts, scaled together into `area`, with the styles the page gave them. */
function chartGroup(svg: SvgBuilder, charts: readonly SVGSVGElement[], area: Box): Element {
  const { sizes, width, height } = stackedSize(charts);
  const frame = svg.element('svg', {
    x: round(area.x),
    y: round(area.y),
    width: round(area.width),
    height: round(area.height),
    viewBox: `0 0 ${round(width)} ${round(height)}`,
  });
  const defs = svg.element('defs');
  frame.append(defs);
  let top = 0;
  charts.forEach((chart, index) => {
    const size = sizes[index] ?? { width, height: 0 };
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    defs.append(...referencedDefinitions(clone, chart));
    for (const attribute of ['role', 'aria-label', 'aria-hidden', 'focusable', 'tabindex']) {
      clone.removeAttribute(attribute);
    }
    clone.setAttribute('x', String(round((width - size.width) / 2)));
    clone.setAttribute('y', String(round(top)));
    clone.setAttribute('width', String(round(size.width)));
    clone.setAttribute('height', String(round(size.height)));
    if (!clone.hasAttribute('viewBox')) {
      clone.setAttribute('viewBox', `0 0 ${round(size.width)} ${round(size.height)}`);
    }
    frame.append(clone);
    top += size.height + CHART_GAP;
  });
  return frame;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

/** The rows of `data` drawn as a simple table, for charts that are HTML tables on the page. */
function tableGroup(
  svg: SvgBuilder,
  data: FigureData,
  area: Box,
  i18n: I18n,
  colors: ThemeColors,
  unit: number,
): Element {
  const group = svg.element('g');
  const columns = [
    ...data.columns.map((column) => ({
      label: column.label,
      numeric: isNumericColumn(column),
      cells: data.rows.map((row) => formatCell(row.cells[column.key] ?? null, column, i18n)),
    })),
    ...provenanceColumns(data, i18n.t.share).map(({ label, of }) => ({
      label,
      numeric: false,
      cells: data.rows.map((row) => i18n.t.provenance[of(row).kind]),
    })),
  ];
  const idealRowHeight = 2.4 * unit;
  const minRowHeight = 1.5 * unit;
  let rowHeight = Math.min(idealRowHeight, area.height / (data.rows.length + 1));
  let shownRows = data.rows.length;
  if (rowHeight < minRowHeight) {
    rowHeight = minRowHeight;
    shownRows = Math.max(0, Math.floor(area.height / rowHeight) - 2);
  }
  const size = rowHeight * 0.55;
  const cellPadding = 0.6 * unit;
  const widths = columns.map((column) =>
    Math.min(40, Math.max(column.label.length, ...column.cells.map((cell) => cell.length), 3)),
  );
  const totalChars = widths.reduce((sum, chars) => sum + chars, 0);
  let x = area.x;
  columns.forEach((column, columnIndex) => {
    const columnWidth = (area.width * (widths[columnIndex] ?? 0)) / totalChars;
    const maxChars = approximateCharsThatFit(columnWidth - 2 * cellPadding, size);
    const textX = column.numeric ? x + columnWidth - cellPadding : x + cellPadding;
    const anchor = column.numeric ? 'end' : 'start';
    const cells = [column.label, ...column.cells.slice(0, shownRows)];
    cells.forEach((cell, rowIndex) => {
      group.append(
        svg.element(
          'text',
          {
            x: round(textX),
            y: round(area.y + rowIndex * rowHeight + rowHeight * 0.68),
            'font-size': round(size),
            'font-weight': rowIndex === 0 ? 700 : 400,
            fill: colors.ink,
            'text-anchor': anchor,
          },
          truncate(cell, maxChars),
        ),
      );
    });
    x += columnWidth;
  });
  for (let rowIndex = 1; rowIndex <= shownRows; rowIndex += 1) {
    const y = round(area.y + rowIndex * rowHeight);
    group.append(
      svg.element('line', {
        x1: round(area.x),
        x2: round(area.x + area.width),
        y1: y,
        y2: y,
        stroke: rowIndex === 1 ? colors.ink : colors.line,
        'stroke-width': rowIndex === 1 ? 2 : 1,
      }),
    );
  }
  if (shownRows < data.rows.length) {
    appendLines(group, svg, [i18n.t.share.moreRows(data.rows.length - shownRows)], {
      x: area.x,
      top: area.y + (shownRows + 1) * rowHeight + rowHeight * 0.2,
      size,
      fill: colors.muted,
    });
  }
  return group;
}

/**
 * A slide-ready standalone SVG of a chart: title, subtitle, the active filters, the chart scaled
 * to fit (or its rows as a table when `charts` is empty), the summary, the source line and the
 * mark of its provenance (published, derived or illustrative). Built with DOM APIs; no text
 * becomes markup.
 */
export function figureSvg(
  data: FigureData,
  charts: readonly SVGSVGElement[],
  options: SvgExportOptions,
  doc: Document = document,
): string {
  const { width, height } = SIZE_PRESETS[options.preset];
  const colors = THEMES[options.theme ?? 'light'];
  const i18n = createI18n(options.lang);
  const svg = new SvgBuilder(doc);
  const unit = width / 100;
  const pad = 3 * unit;
  const contentWidth = width - 2 * pad;
  const kind = figureProvenanceKind(data);
  const mark = kind === 'illustrative' ? i18n.t.share.illustrativeMark : i18n.t.provenance[kind];
  const markColors = colors.marks[kind];

  const root = svg.element('svg', {
    version: '1.1',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    lang: options.lang,
    'font-family': EXPORT_FONT_STACK,
  });
  root.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  root.append(
    svg.element('title', {}, data.title),
    svg.element(
      'desc',
      {},
      [data.summary, data.filterCaption, data.sourceLine, mark].filter(Boolean).join(' '),
    ),
    svg.element('rect', { width, height, fill: colors.background }),
  );

  let top = pad;
  top = appendLines(root, svg, wrapToWidth(data.title, contentWidth, 2.4 * unit, 2, true), {
    x: pad,
    top,
    size: 2.4 * unit,
    fill: colors.ink,
    weight: 700,
  });
  if (data.subtitle) {
    top = appendLines(root, svg, wrapToWidth(data.subtitle, contentWidth, 1.5 * unit, 3), {
      x: pad,
      top: top + 0.4 * unit,
      size: 1.5 * unit,
      fill: colors.muted,
    });
  }
  const captionSize = 1.4 * unit;
  const markWidth = mark.length * captionSize * 0.62 + 2 * unit;
  const captionTop = top + 0.8 * unit;
  const captionBottom = appendLines(
    root,
    svg,
    wrapToWidth(data.filterCaption, contentWidth - markWidth - unit, captionSize, 2),
    { x: pad, top: captionTop, size: captionSize, fill: colors.muted },
  );
  const markHeight = captionSize * 1.8;
  root.append(
    svg.element('rect', {
      x: round(width - pad - markWidth),
      y: round(captionTop - captionSize * 0.3),
      width: round(markWidth),
      height: round(markHeight),
      rx: round(markHeight / 2),
      fill: markColors.background,
      stroke: markColors.ink,
      'stroke-width': 2,
      ...(kind === 'illustrative' ? { 'stroke-dasharray': '6 4' } : {}),
    }),
  );
  appendLines(root, svg, [mark], {
    x: round(width - pad - markWidth / 2),
    top: captionTop + captionSize * 0.1,
    size: captionSize,
    fill: markColors.ink,
    weight: 700,
    anchor: 'middle',
  });
  top = Math.max(captionBottom, captionTop + captionSize * 1.6);
  if (data.legend?.length) {
    top = appendLegend(root, svg, data.legend, {
      x: pad,
      top: top + 0.6 * unit,
      width: contentWidth,
      size: captionSize,
      fill: colors.ink,
    });
  }

  const summarySize = 1.6 * unit;
  const sourceSize = 1.25 * unit;
  const summaryLines = wrapToWidth(data.summary, contentWidth, summarySize, 3);
  const sourceLines = wrapToWidth(data.sourceLine, contentWidth, sourceSize, 3);
  const footerHeight =
    summaryLines.length * summarySize * 1.25 + 0.6 * unit + sourceLines.length * sourceSize * 1.25;
  const lowestFooterTop = height - pad - footerHeight;
  const chartArea: Box = {
    x: pad,
    y: top + 1.5 * unit,
    width: contentWidth,
    height: Math.max(unit, lowestFooterTop - top - 3 * unit),
  };
  const chartBox = charts.length > 0 ? fitInto(chartArea, stackedSize(charts)) : null;
  // A wide chart on a square slide is shorter than its room: the summary follows it rather than
  // sitting at the foot of the slide below an empty band.
  const footerTop = chartBox
    ? Math.min(lowestFooterTop, chartBox.y + chartBox.height + 2.5 * unit)
    : lowestFooterTop;
  const afterSummary = appendLines(root, svg, summaryLines, {
    x: pad,
    top: footerTop,
    size: summarySize,
    fill: colors.ink,
  });
  appendLines(root, svg, sourceLines, {
    x: pad,
    top: afterSummary + 0.6 * unit,
    size: sourceSize,
    fill: colors.muted,
  });

  if (chartBox) {
    if (colors.chartCard) {
      root.append(
        svg.element('rect', {
          x: round(chartBox.x - unit),
          y: round(chartBox.y - unit),
          width: round(chartBox.width + 2 * unit),
          height: round(chartBox.height + 2 * unit),
          rx: round(unit),
          fill: colors.chartCard,
        }),
      );
    }
    root.append(chartGroup(svg, charts, chartBox));
  } else {
    root.append(tableGroup(svg, data, chartArea, i18n, colors, unit));
  }

  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(root)}`;
}
