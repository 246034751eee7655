import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { MarkProvenance } from './ProvenanceBadge';
import { timeTicks, type TimeTick } from './timeAxis';
import { approximateCharsThatFit, wrapText } from './wrapText';

export interface TimelineItem {
  key: string;
  label: string;
  start: Date;
  end: Date;
  /** Where the dates come from (the more cautious of the two); drawn as the bar's texture. */
  provenance?: MarkProvenance;
}

export interface PlacedTimelineItem extends TimelineItem {
  y: number;
  x: number;
  width: number;
  height: number;
  labelText: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotTop: number;
  plotBottom: number;
  xScale: ScaleTime<number, number>;
  ticks: TimeTick[];
  items: PlacedTimelineItem[];
}

/** One row per item, a bar from its start to its end on a shared time axis with yearly ticks. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  options: { width: number; fontSize?: number; domain?: [Date, Date] },
): TimelineLayout {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 200);
  const rowHeight = fontSize * 1.5;
  const barHeight = fontSize * 1.0;
  const axisHeight = fontSize * 2;
  const labelWidth = Math.min(Math.max(width * 0.28, 90), Math.max(260, fontSize * 13));
  const plotLeft = labelWidth + fontSize * 0.5;
  const starts = items.map((item) => item.start.getTime());
  const ends = items.map((item) => item.end.getTime());
  const domain = options.domain ?? [
    new Date(Math.min(...starts, Date.UTC(2022, 0, 1))),
    new Date(Math.max(...ends, Date.UTC(2023, 0, 1))),
  ];
  const xScale = scaleUtc()
    .domain(domain)
    .nice()
    // Room on the right for half of a year label centred on the last tick.
    .range([plotLeft, width - fontSize * 1.6]);
  const maxChars = approximateCharsThatFit(labelWidth, fontSize);
  const placed = items.map((item, index) => {
    const x = xScale(item.start);
    return {
      ...item,
      y: axisHeight + index * rowHeight + (rowHeight - barHeight) / 2,
      x,
      width: Math.max(xScale(item.end) - x, 2),
      height: barHeight,
      labelText: wrapText(item.label, maxChars, 1)[0] ?? '',
    };
  });
  const plotBottom = axisHeight + items.length * rowHeight;
  return {
    width,
    height: plotBottom + fontSize * 0.5,
    fontSize,
    plotLeft,
    plotTop: axisHeight,
    plotBottom,
    xScale,
    ticks: timeTicks(xScale, width - plotLeft, fontSize),
    items: placed,
  };
}
