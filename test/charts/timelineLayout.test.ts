import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../src/charts/timelineLayout';

const items = [
  {
    key: 'a',
    label: 'Kompetenscenter för social innovation',
    start: new Date('2022-12-15'),
    end: new Date('2025-12-30'),
  },
  { key: 'b', label: 'Short', start: new Date('2024-01-01'), end: new Date('2024-01-01') },
];

describe('layoutTimeline', () => {
  it('draws each item as a bar from its start to its end on one time axis', () => {
    const layout = layoutTimeline(items, { width: 800, fontSize: 16 });
    const [first, second] = layout.items;
    expect(first?.x).toBeCloseTo(layout.xScale(items[0]!.start));
    expect((first?.x ?? 0) + (first?.width ?? 0)).toBeCloseTo(layout.xScale(items[0]!.end));
    expect(second?.y).toBeGreaterThan(first?.y ?? Infinity);
  });

  it('gives a one-day project a visible bar', () => {
    const layout = layoutTimeline(items, { width: 800 });
    expect(layout.items[1]?.width).toBeGreaterThanOrEqual(2);
  });

  it('places yearly ticks inside the plot, leaving room for the last label', () => {
    const layout = layoutTimeline(items, { width: 800, fontSize: 16 });
    expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(tick.x + 16 * 1.5).toBeLessThanOrEqual(layout.width);
    }
  });

  it('shortens long labels to the label column on a narrow screen', () => {
    const layout = layoutTimeline(items, { width: 320, fontSize: 13 });
    expect(layout.items[0]?.labelText.length).toBeLessThan(items[0]!.label.length);
    expect(layout.items[0]?.labelText.endsWith('…')).toBe(true);
  });

  it('grows in height with the number of items and keeps an axis when there are none', () => {
    const one = layoutTimeline(items.slice(0, 1), { width: 600 });
    const two = layoutTimeline(items, { width: 600 });
    expect(two.height).toBeGreaterThan(one.height);
    const none = layoutTimeline([], { width: 600 });
    expect(none.items).toEqual([]);
    expect(none.ticks.length).toBeGreaterThan(0);
  });
});
