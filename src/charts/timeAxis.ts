import type { ScaleTime } from 'd3-scale';

export interface TimeTick {
  value: Date;
  x: number;
}

/** Ticks along a time axis `span` pixels wide: as many as fit with room for a year label each. */
export function timeTicks(
  xScale: ScaleTime<number, number>,
  span: number,
  fontSize: number,
): TimeTick[] {
  return xScale
    .ticks(Math.max(2, Math.floor(span / Math.max(70, fontSize * 4.4))))
    .map((value) => ({ value, x: xScale(value) }));
}
