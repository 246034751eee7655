export interface Tile {
  key: string;
  column: number;
  row: number;
}

export interface PlacedTile extends Tile {
  x: number;
  y: number;
  size: number;
}

/** Square tiles on a grid, e.g. a schematic map; tiles fill the width up to a maximum size. */
export function layoutTileGrid(
  tiles: readonly Tile[],
  options: { width: number; maxTileSize?: number; gap?: number },
): { width: number; height: number; tiles: PlacedTile[] } {
  const columns = Math.max(1, ...tiles.map((tile) => tile.column + 1));
  const rows = Math.max(1, ...tiles.map((tile) => tile.row + 1));
  const gap = options.gap ?? 6;
  const size = Math.min(
    options.maxTileSize ?? 140,
    (options.width - gap * (columns - 1)) / columns,
  );
  const gridWidth = size * columns + gap * (columns - 1);
  return {
    width: gridWidth,
    height: size * rows + gap * (rows - 1),
    tiles: tiles.map((tile) => ({
      ...tile,
      x: tile.column * (size + gap),
      y: tile.row * (size + gap),
      size,
    })),
  };
}
