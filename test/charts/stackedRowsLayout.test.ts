import { describe, expect, it } from 'vitest';
import { layoutStackedRows } from '../../src/charts/stackedRowsLayout';

const parts = ['lead', 'involved', 'none'] as const;
const rows = [
  { key: 'g1/a', label: 'A', group: 'g1', values: { lead: 2, involved: 3, none: 1 }, total: 6 },
  { key: 'g1/b', label: 'B', group: 'g1', values: { lead: 0, involved: 0, none: 6 }, total: 6 },
  { key: 'g2/a', label: 'A', group: 'g2', values: { lead: 1, involved: 1, none: 1 }, total: 3 },
];

describe('layoutStackedRows', () => {
  it('stacks the parts end to end from the plot’s left edge', () => {
    const layout = layoutStackedRows(rows, parts, { width: 600 });
    const [lead, involved, none] = layout.rows[0]!.segments;
    expect(lead!.x).toBe(layout.plotLeft);
    expect(involved!.x).toBeCloseTo(lead!.x + lead!.width);
    expect(none!.x + none!.width).toBeCloseTo(layout.xScale(6));
  });

  it('scales every group to one maximum so groups compare', () => {
    const layout = layoutStackedRows(rows, parts, { width: 600 });
    const full = layout.rows[0]!;
    const half = layout.rows[2]!;
    const length = (row: typeof full) =>
      row.segments.reduce((sum, segment) => sum + segment.width, 0);
    expect(length(half)).toBeCloseTo(length(full) / 2);
  });

  it('keeps the axis at a given total, so that a filtered row of one is not drawn full width', () => {
    const one = [
      { key: 'g/a', label: 'A', group: 'g', values: { lead: 0, involved: 1, none: 0 }, total: 1 },
    ];
    const layout = layoutStackedRows(one, parts, { width: 600, maxTotal: 12 });
    const bar = layout.rows[0]!.segments.reduce((sum, segment) => sum + segment.width, 0);
    expect(bar).toBeCloseTo((layout.xScale(12) - layout.plotLeft) / 12);
    const unbounded = layoutStackedRows(one, parts, { width: 600 });
    expect(unbounded.xScale.domain()).toEqual([0, 1]);
  });

  it('starts a heading for each group', () => {
    const layout = layoutStackedRows(rows, parts, { width: 600 });
    expect(layout.groups.map((group) => group.key)).toEqual(['g1', 'g2']);
    expect(layout.rows[2]!.y).toBeGreaterThan(layout.groups[1]!.y);
  });

  it('leaves room after the bars for the longest end label', () => {
    const rows = [{ key: 'a', label: 'Academia', group: 'g', values: { yes: 12 }, total: 12 }];
    const short = layoutStackedRows(rows, ['yes'], { width: 400, fontSize: 16, endLabelChars: 4 });
    const long = layoutStackedRows(rows, ['yes'], { width: 400, fontSize: 16, endLabelChars: 12 });
    const end = (layout: typeof short) => layout.rows[0]?.endX ?? 0;
    expect(end(long)).toBeLessThan(end(short));
    expect(end(long) + 12 * 16 * 0.56).toBeLessThanOrEqual(400);
  });
});
