import { describe, expect, it } from 'vitest';
import { layoutBarRows } from '../../src/charts/barRowsLayout';

const rows = [
  { key: 'a', label: 'Cross-sector collaboration', value: 15, prefix: '1' },
  { key: 'b', label: 'Policy', value: 4, prefix: '2' },
];

describe('layoutBarRows', () => {
  it('places labels beside the bars on a wide screen and scales bars to the largest value', () => {
    const layout = layoutBarRows(rows, { width: 1000 });
    expect(layout.stacked).toBe(false);
    const [first, second] = layout.rows;
    expect(first?.bar.x).toBeGreaterThan(first?.labelLines[0]?.x ?? Infinity);
    expect(second?.bar.width).toBeCloseTo(((first?.bar.width ?? 0) * 4) / 15, 5);
    expect(first!.valueX).toBeLessThanOrEqual(1000);
  });

  it('puts labels above the bars on a phone', () => {
    const layout = layoutBarRows(rows, { width: 360 });
    expect(layout.stacked).toBe(true);
    const first = layout.rows[0]!;
    expect(first.bar.y).toBeGreaterThan(first.labelLines[0]!.y);
    expect(first.bar.x + first.bar.width).toBeLessThan(360);
  });

  it('stacks rows without overlap and reports the total height', () => {
    const layout = layoutBarRows(rows, { width: 800 });
    const [first, second] = layout.rows;
    expect(second!.top).toBeGreaterThanOrEqual(first!.bar.y + first!.bar.height);
    expect(layout.height).toBeGreaterThanOrEqual(second!.bar.y + second!.bar.height);
  });

  it('grows with the font size, as on a projector', () => {
    expect(layoutBarRows(rows, { width: 800, fontSize: 28 }).height).toBeGreaterThan(
      layoutBarRows(rows, { width: 800 }).height * 1.8,
    );
  });

  it('draws nothing for no rows', () => {
    const layout = layoutBarRows([], { width: 800 });
    expect(layout.rows).toEqual([]);
    expect(layout.height).toBe(0);
  });
});
