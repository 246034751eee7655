import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export interface StackedRow<Part extends string> {
  key: string;
  label: string;
  /** Rows with the same group are drawn under one heading. */
  group: string;
  values: Record<Part, number>;
  total: number;
}

export interface PlacedStackedRow<Part extends string> extends StackedRow<Part> {
  y: number;
  height: number;
  labelY: number;
  segments: { part: Part; value: number; x: number; width: number }[];
  endX: number;
}

export interface StackedRowsLayout<Part extends string> {
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  xScale: ScaleLinear<number, number>;
  groups: { key: string; y: number }[];
  rows: PlacedStackedRow<Part>[];
}

/** Horizontal stacked bars in groups, each row scaled to a shared maximum total. */
export function layoutStackedRows<Part extends string>(
  rows: readonly StackedRow<Part>[],
  parts: readonly Part[],
  options: {
    width: number;
    fontSize?: number;
    /** Characters in the longest label drawn after a bar ("11 av 12"), to leave room for it. */
    endLabelChars?: number;
    /**
     * The total the axis ends at, when it should not follow the rows: a filter that leaves one
     * example then draws a bar of one, not a full-width bar.
     */
    maxTotal?: number;
  },
): StackedRowsLayout<Part> {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 200);
  const barHeight = fontSize * 1.6;
  const rowGap = fontSize * 0.45;
  const groupHeading = fontSize * 2;
  const groupGap = fontSize * 0.8;
  const labelWidth = Math.min(Math.max(width * 0.3, 110), Math.max(220, fontSize * 11));
  const endLabelWidth = fontSize * (0.4 + 0.56 * (options.endLabelChars ?? 8)) + 2;
  const plotLeft = labelWidth;
  const maxTotal = Math.max(1, options.maxTotal ?? 0, ...rows.map((row) => row.total));
  const xScale = scaleLinear()
    .domain([0, maxTotal])
    .range([plotLeft, Math.max(plotLeft + 40, width - endLabelWidth)]);

  const series = stack<StackedRow<Part>, Part>()
    .keys(parts)
    .value((row, part) => row.values[part])([...rows]);

  const groups: { key: string; y: number }[] = [];
  let y = 0;
  const placed = rows.map((row, index) => {
    if (groups.at(-1)?.key !== row.group) {
      if (groups.length > 0) y += groupGap;
      groups.push({ key: row.group, y: y + fontSize * 1.3 });
      y += groupHeading;
    }
    const segments = series.map((layer) => {
      const [start, end] = layer[index] ?? [0, 0];
      return {
        part: layer.key,
        value: end - start,
        x: xScale(start),
        width: xScale(end) - xScale(start),
      };
    });
    const placedRow: PlacedStackedRow<Part> = {
      ...row,
      y,
      height: barHeight,
      labelY: y + barHeight / 2,
      segments,
      endX: xScale(row.total) + fontSize * 0.4,
    };
    y += barHeight + rowGap;
    return placedRow;
  });
  return {
    width,
    height: Math.max(y - rowGap, 0),
    fontSize,
    plotLeft,
    xScale,
    groups,
    rows: placed,
  };
}
