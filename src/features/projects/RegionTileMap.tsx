import type { PlacedTile } from '../../charts/tileGridLayout';
import type { RegionTile } from './regionTiles';

export interface RegionTileMapProps {
  layout: { width: number; height: number; tiles: PlacedTile[] };
  tiles: readonly RegionTile[];
  selectedRegion: string | null;
  label: string;
  tileLabel: (region: string, count: number) => string;
  formatCount: (count: number) => string;
  onToggleRegion: (region: string) => void;
}

/**
 * The ESF regions as a schematic tile map: each tile is a toggle button that shows the region's
 * name and project count; the pressed tile is the region filter.
 */
export function RegionTileMap({
  layout,
  tiles,
  selectedRegion,
  label,
  tileLabel,
  formatCount,
  onToggleRegion,
}: RegionTileMapProps) {
  const tilesByKey = new Map(tiles.map((tile) => [tile.key, tile]));
  return (
    <div
      className="region-tiles"
      role="group"
      aria-label={label}
      style={{ width: layout.width, height: layout.height }}
    >
      {layout.tiles.map((placed) => {
        const tile = tilesByKey.get(placed.key);
        if (!tile) return null;
        const pressed = selectedRegion === tile.key;
        const classes = [
          'region-tile',
          tile.national ? 'region-tile--national' : '',
          tile.count === 0 ? 'region-tile--empty' : '',
        ];
        return (
          <button
            key={tile.key}
            type="button"
            className={classes.filter(Boolean).join(' ')}
            data-region={tile.key}
            aria-pressed={pressed}
            aria-label={tileLabel(tile.name, tile.count)}
            style={{ left: placed.x, top: placed.y, width: placed.size, height: placed.size }}
            onClick={() => onToggleRegion(tile.key)}
          >
            <span className="region-tile__name">{tile.name}</span>{' '}
            <span className="region-tile__count">
              {formatCount(tile.count)}
              {pressed ? (
                <span className="region-tile__check" aria-hidden="true">
                  ✓
                </span>
              ) : null}
            </span>
          </button>
        );
      })}
    </div>
  );
}
