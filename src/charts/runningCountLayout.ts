import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { timeTicks, type TimeTick } from './timeAxis';

export interface CountPeriod {
  /** The period's first instant; it lasts until the next period's start. */
  start: Date;
  count: number;
}

export interface RunningCountLayout {
  width: number;
  height: number;
  fontSize: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  xScale: ScaleTime<number, number>;
  yScale: ScaleLinear<number, number>;
  xTicks: TimeTick[];
  yTicks: { value: number; y: number }[];
  /** The filled steps and their outline, as SVG path data. */
  areaPath: string;
  linePath: string;
  /** Each period's horizontal extent, for the keyboard's focus ring. */
  periods: { x: number; width: number; y: number }[];
}

/**
 * A step chart of counts over consecutive periods (such as projects running per month): a time
 * axis with yearly ticks along the top and a count axis on the left that starts at zero.
 */
export function layoutRunningCount(
  periods: readonly CountPeriod[],
  options: { width: number; fontSize?: number; end: Date; yTickLabel: (value: number) => string },
): RunningCountLayout {
  const fontSize = options.fontSize ?? 14;
  const width = Math.max(options.width, 200);
  const plotHeight = Math.max(fontSize * 14, Math.min(width * 0.35, fontSize * 24));
  const plotTop = fontSize * 2;
  const plotBottom = plotTop + plotHeight;
  const maxCount = Math.max(1, ...periods.map((period) => period.count));
  const yScale = scaleLinear().domain([0, maxCount]).nice().range([plotBottom, plotTop]);
  const yTicks = yScale.ticks(5);
  const widestTick = Math.max(...yTicks.map((tick) => options.yTickLabel(tick).length));
  const plotLeft = fontSize * (0.6 * widestTick + 1);
  const plotRight = width - fontSize * 1.6;
  const first = periods[0]?.start ?? options.end;
  const xScale = scaleUtc().domain([first, options.end]).range([plotLeft, plotRight]);
  const steps = [...periods, { start: options.end, count: periods.at(-1)?.count ?? 0 }];
  const x = (period: CountPeriod) => xScale(period.start);
  const y = (period: CountPeriod) => yScale(period.count);
  return {
    width,
    height: plotBottom + fontSize * 0.5,
    fontSize,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    xScale,
    yScale,
    xTicks: timeTicks(xScale, plotRight - plotLeft, fontSize),
    yTicks: yTicks.map((value) => ({ value, y: yScale(value) })),
    areaPath: area<CountPeriod>().x(x).y0(plotBottom).y1(y).curve(curveStepAfter)(steps) ?? '',
    linePath: line<CountPeriod>().x(x).y(y).curve(curveStepAfter)(steps) ?? '',
    periods: periods.map((period, index) => {
      const left = xScale(period.start);
      return { x: left, width: xScale(steps[index + 1]!.start) - left, y: yScale(period.count) };
    }),
  };
}
