import { describe, expect, it } from 'vitest';
import { layoutDotRows } from '../../src/charts/dotRowsLayout';

describe('layoutDotRows', () => {
  const rows = [
    { key: 'a', label: 'Cross-sector collaboration', reference: 15, comparison: 13, note: '=' },
    { key: 'b', label: 'Policy', reference: 4, comparison: 6, note: '▲ 1' },
  ];

  it('puts both values of a row on one shared axis that starts at zero', () => {
    const layout = layoutDotRows(rows, { width: 900 });
    expect(layout.xScale.domain()[0]).toBe(0);
    const [first, second] = layout.rows;
    expect(first!.referenceX).toBeGreaterThan(first!.comparisonX);
    expect(second!.referenceX).toBeLessThan(second!.comparisonX);
    expect(layout.ticks.map((tick) => tick.value)).toContain(0);
  });

  it('keeps every mark inside the width on a phone', () => {
    const layout = layoutDotRows(rows, { width: 340 });
    expect(layout.stacked).toBe(true);
    for (const row of layout.rows) {
      expect(Math.max(row.referenceX, row.comparisonX)).toBeLessThan(340);
    }
  });

  it('leaves room for the axis under the last row', () => {
    const layout = layoutDotRows(rows, { width: 900 });
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
    expect(layout.rows[1]!.y).toBeLessThan(layout.plotBottom);
  });
});
