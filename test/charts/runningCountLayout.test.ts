import { describe, expect, it } from 'vitest';
import { layoutRunningCount } from '../../src/charts/runningCountLayout';

const month = (year: number, index: number) => new Date(Date.UTC(year, index, 1));
const periods = [
  { start: month(2021, 0), count: 3 },
  { start: month(2021, 1), count: 7 },
  { start: month(2021, 2), count: 0 },
  { start: month(2021, 3), count: 12 },
];
const layout = layoutRunningCount(periods, {
  width: 600,
  fontSize: 14,
  end: month(2021, 4),
  yTickLabel: String,
});

describe('layoutRunningCount', () => {
  it('places each period from its start to the next one, its height from zero', () => {
    expect(layout.periods).toHaveLength(4);
    layout.periods.forEach((period, index) => {
      expect(period.x).toBeCloseTo(layout.xScale(periods[index]!.start));
      expect(period.y).toBeCloseTo(layout.yScale(periods[index]!.count));
    });
    expect(layout.periods[0]!.x).toBeCloseTo(layout.plotLeft);
    expect(layout.periods[3]!.x + layout.periods[3]!.width).toBeCloseTo(layout.plotRight);
    expect(layout.yScale(0)).toBe(layout.plotBottom);
    expect(layout.periods[2]!.y).toBe(layout.plotBottom);
  });

  it('starts the count axis at zero and ends it at or above the largest count', () => {
    const values = layout.yTicks.map((tick) => tick.value);
    expect(values[0]).toBe(0);
    expect(Math.max(...values)).toBeGreaterThanOrEqual(12);
    expect(layout.yScale.domain()[1]).toBeGreaterThanOrEqual(12);
  });

  it('draws the steps as one closed area and one line', () => {
    expect(layout.areaPath).toMatch(/^M.*Z$/);
    expect(layout.linePath).toMatch(/^M/);
    expect(layout.linePath).not.toMatch(/NaN/);
  });

  it('makes room on the left for the widest count label', () => {
    const wide = layoutRunningCount(periods, {
      width: 600,
      fontSize: 14,
      end: month(2021, 4),
      yTickLabel: (value) => `${value} 000 000`,
    });
    expect(wide.plotLeft).toBeGreaterThan(layout.plotLeft);
  });

  it('has no steps without periods', () => {
    const empty = layoutRunningCount([], { width: 600, end: month(2021, 0), yTickLabel: String });
    expect(empty.periods).toEqual([]);
    expect(empty.linePath).not.toMatch(/NaN/);
  });
});
