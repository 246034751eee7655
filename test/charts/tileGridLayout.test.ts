import { describe, expect, it } from 'vitest';
import { layoutTileGrid } from '../../src/charts/tileGridLayout';

const tiles = [
  { key: 'north', column: 1, row: 0 },
  { key: 'west', column: 0, row: 1 },
  { key: 'east', column: 2, row: 1 },
];

describe('layoutTileGrid', () => {
  it('places square tiles on their grid cells with a gap between them', () => {
    const layout = layoutTileGrid(tiles, { width: 320, maxTileSize: 200, gap: 10 });
    const size = (320 - 2 * 10) / 3;
    expect(layout.tiles.map(({ key, x, y }) => ({ key, x, y }))).toEqual([
      { key: 'north', x: size + 10, y: 0 },
      { key: 'west', x: 0, y: size + 10 },
      { key: 'east', x: 2 * (size + 10), y: size + 10 },
    ]);
    expect(layout.width).toBeCloseTo(320);
    expect(layout.height).toBeCloseTo(2 * size + 10);
  });

  it('stops growing tiles at the maximum size on a wide screen', () => {
    const layout = layoutTileGrid(tiles, { width: 1920, maxTileSize: 120, gap: 6 });
    expect(layout.tiles[0]?.size).toBe(120);
    expect(layout.width).toBe(3 * 120 + 2 * 6);
  });

  it('lays out no tiles without failing', () => {
    expect(layoutTileGrid([], { width: 300 }).tiles).toEqual([]);
  });
});
