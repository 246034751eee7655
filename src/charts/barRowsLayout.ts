import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { approximateCharsThatFit, wrapText } from './wrapText';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** Text drawn before the label, e.g. a rank. */
  prefix?: string;
}

export interface PlacedBarRow extends BarRow {
  top: number;
  labelLines: { text: string; x: number; y: number }[];
  prefixX: number;
  prefixY: number;
  bar: { x: number; y: number; width: number; height: number };
  valueX: number;
  valueY: number;
}

export interface BarRowsLayout {
  width: number;
  height: number;
  fontSize: number;
  stacked: boolean;
  xScale: ScaleLinear<number, number>;
  rows: PlacedBarRow[];
}

export interface BarRowsOptions {
  width: number;
  fontSize?: number;
  /** Upper end of the value axis; defaults to the largest value. */
  maxValue?: number;
}

const STACK_BELOW_WIDTH = 560;

/**
 * Places horizontal bars with their labels: beside the bars when there is room, above them on
 * narrow screens. Labels wrap; row heights follow the number of lines.
 */
export function layoutBarRows(rows: readonly BarRow[], options: BarRowsOptions): BarRowsLayout {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 200);
  const lineHeight = fontSize * 1.25;
  const barHeight = fontSize * 1.5;
  const rowGap = fontSize * 0.7;
  const prefixWidth = fontSize * 2.2;
  const valueWidth = fontSize * 4.2;
  const stacked = width < STACK_BELOW_WIDTH;
  const labelWidth = stacked
    ? width - prefixWidth
    : Math.min(Math.max(width * 0.4, 160), Math.max(420, fontSize * 21)) - prefixWidth;
  const plotLeft = stacked ? prefixWidth : prefixWidth + labelWidth + fontSize * 0.6;
  const plotWidth = Math.max(width - plotLeft - valueWidth, 40);
  const maxValue = options.maxValue ?? Math.max(0, ...rows.map((row) => row.value));
  const xScale = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .range([plotLeft, plotLeft + plotWidth]);
  const charsPerLine = approximateCharsThatFit(labelWidth, fontSize);

  let top = 0;
  const placed = rows.map((row): PlacedBarRow => {
    const lines = wrapText(row.label, charsPerLine, stacked ? 2 : 3);
    const labelBlock = lines.length * lineHeight;
    const rowHeight = stacked ? labelBlock + barHeight : Math.max(labelBlock, barHeight);
    const barY = stacked ? top + labelBlock : top + (rowHeight - barHeight) / 2;
    const labelTop = stacked ? top : top + (rowHeight - labelBlock) / 2;
    const barEnd = xScale(Math.max(0, row.value));
    const result: PlacedBarRow = {
      ...row,
      top,
      prefixX: prefixWidth - fontSize * 0.6,
      prefixY: stacked ? labelTop + lineHeight * 0.8 : barY + barHeight / 2,
      labelLines: lines.map((text, index) => ({
        text,
        x: stacked ? prefixWidth : prefixWidth,
        y: labelTop + lineHeight * (index + 0.8),
      })),
      bar: { x: plotLeft, y: barY, width: Math.max(barEnd - plotLeft, 0), height: barHeight },
      valueX: barEnd + fontSize * 0.4,
      valueY: barY + barHeight / 2,
    };
    top += rowHeight + rowGap;
    return result;
  });
  return { width, height: Math.max(top - rowGap, 0), fontSize, stacked, xScale, rows: placed };
}
