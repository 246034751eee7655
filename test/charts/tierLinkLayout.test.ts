import { describe, expect, it } from 'vitest';
import { layoutTierLinks } from '../../src/charts/tierLinkLayout';

const left = {
  key: 'a',
  title: 'A',
  tiers: [
    [
      { key: 'x', label: 'X' },
      { key: 'y', label: 'Y' },
    ],
    [{ key: 'z', label: 'Z' }],
  ],
};
const right = {
  key: 'b',
  title: 'B',
  tiers: [[{ key: 'z', label: 'Z' }], [{ key: 'x', label: 'X' }]],
};

describe('layoutTierLinks', () => {
  it('puts the columns at both edges and stacks tiers downwards', () => {
    const layout = layoutTierLinks(left, right, { width: 800 });
    const [first, second] = layout.columns;
    expect(first?.x).toBe(0);
    expect((second?.x ?? 0) + (second?.width ?? 0)).toBe(800);
    const item = (column: string, key: string) =>
      layout.items.find((candidate) => candidate.column === column && candidate.key === key)!;
    expect(item('a', 'z').tier).toBe(1);
    expect(item('a', 'z').y).toBeGreaterThan(item('a', 'y').y + item('a', 'y').height);
  });

  it('links only the items present in both columns', () => {
    const layout = layoutTierLinks(left, right, { width: 800 });
    expect(layout.links.map((link) => link.key).sort()).toEqual(['x', 'z']);
    expect(layout.links[0]?.path.startsWith('M')).toBe(true);
  });

  it('fits a phone', () => {
    const layout = layoutTierLinks(left, right, { width: 340 });
    for (const item of layout.items) expect(item.x + item.width).toBeLessThanOrEqual(340);
  });
});
