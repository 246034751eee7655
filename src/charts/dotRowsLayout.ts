import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { approximateCharsThatFit, wrapText } from './wrapText';

export interface DotRow {
  key: string;
  label: string;
  /** The value everything is compared with (drawn as a filled dot). */
  reference: number;
  /** The compared value (drawn as an open diamond). */
  comparison: number;
  prefix?: string;
  /** Short text at the end of the row, e.g. a rank change. */
  note?: string;
}

export interface PlacedDotRow extends DotRow {
  labelLines: { text: string; x: number; y: number }[];
  prefixY: number;
  y: number;
  referenceX: number;
  comparisonX: number;
}

export interface DotRowsLayout {
  width: number;
  height: number;
  fontSize: number;
  stacked: boolean;
  xScale: ScaleLinear<number, number>;
  plotTop: number;
  plotBottom: number;
  prefixX: number;
  noteX: number;
  ticks: { value: number; x: number }[];
  rows: PlacedDotRow[];
}

const STACK_BELOW_WIDTH = 560;

/** Places one row per item with two dots on a shared value axis, e.g. a region against the nation. */
export function layoutDotRows(
  rows: readonly DotRow[],
  options: { width: number; fontSize?: number },
): DotRowsLayout {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 200);
  const lineHeight = fontSize * 1.25;
  const dotBand = fontSize * 1.6;
  const rowGap = fontSize * 0.6;
  const prefixWidth = fontSize * 2.2;
  const noteWidth = fontSize * 5;
  const stacked = width < STACK_BELOW_WIDTH;
  const labelWidth = stacked
    ? width - prefixWidth - noteWidth
    : Math.min(Math.max(width * 0.36, 150), Math.max(400, fontSize * 20)) - prefixWidth;
  const plotLeft = stacked ? prefixWidth : prefixWidth + labelWidth + fontSize;
  const plotRight = width - noteWidth - fontSize * 0.5;
  const maxValue = Math.max(1, ...rows.flatMap((row) => [row.reference, row.comparison]));
  const xScale = scaleLinear().domain([0, maxValue]).nice().range([plotLeft, plotRight]);
  const charsPerLine = approximateCharsThatFit(labelWidth, fontSize);

  let top = 0;
  const placed = rows.map((row): PlacedDotRow => {
    const lines = wrapText(row.label, charsPerLine, 2);
    const labelBlock = lines.length * lineHeight;
    const rowHeight = stacked ? labelBlock + dotBand : Math.max(labelBlock, dotBand);
    const y = stacked ? top + labelBlock + dotBand / 2 : top + rowHeight / 2;
    const labelTop = stacked ? top : top + (rowHeight - labelBlock) / 2;
    const result: PlacedDotRow = {
      ...row,
      labelLines: lines.map((text, index) => ({
        text,
        x: prefixWidth,
        y: labelTop + lineHeight * (index + 0.8),
      })),
      prefixY: stacked ? labelTop + lineHeight * 0.8 : y,
      y,
      referenceX: xScale(row.reference),
      comparisonX: xScale(row.comparison),
    };
    top += rowHeight + rowGap;
    return result;
  });
  const plotBottom = Math.max(top - rowGap, 0);
  const axisHeight = fontSize * 2;
  return {
    width,
    height: plotBottom + axisHeight,
    fontSize,
    stacked,
    xScale,
    plotTop: 0,
    plotBottom,
    prefixX: prefixWidth - fontSize * 0.6,
    noteX: width,
    ticks: xScale
      .ticks(Math.max(2, Math.floor((plotRight - plotLeft) / Math.max(80, fontSize * 5))))
      .map((value) => ({
        value,
        x: xScale(value),
      })),
    rows: placed,
  };
}
