import type { CSSProperties } from 'react';
import type { PlacedTile } from '../../charts/tileGridLayout';
import { approximateTextWidth } from '../../charts/wrapText';
import type { RegionTile } from './regionTiles';

/** Bold text runs this much wider than the estimate for regular text (DejaVu Sans Bold). */
const BOLD_WIDTH = 1.2;

/** The width of a name's longest word, in em: the name's text is made small enough to fit it. */
function longestWordEm(name: string): number {
  const words = name.split(/\s+/);
  return Math.max(...words.map((word) => approximateTextWidth(word, 1) * BOLD_WIDTH));
}

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
  const mostInOneRegion = Math.max(
    1,
    ...tiles.filter((tile) => !tile.national).map((tile) => tile.count),
  );
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
            style={
              {
                left: placed.x,
                top: placed.y,
                width: placed.size,
                height: placed.size,
                '--tile-size': `${placed.size}px`,
                '--longest-word': longestWordEm(tile.name),
                '--count-share': tile.count / mostInOneRegion,
              } as CSSProperties
            }
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
