import type { Tile } from '../../charts/tileGridLayout';
import { ESF_NATIONAL_CODE, regionCodesFor } from '../../data/projectFilters';
import { findRegion } from '../../data/regionTree';
import type { Region } from '../../data/regionsSchema';
import type { Language } from '../../i18n/format';

/**
 * A schematic map of the eight ESF regions, north at the top: one tile per region, placed roughly
 * where the region lies, and ESF national apart in the empty north-west corner.
 */
export const REGION_TILE_POSITIONS: readonly (Tile & { national: boolean })[] = [
  { key: ESF_NATIONAL_CODE, column: 0, row: 0, national: true },
  { key: 'SE33', column: 1, row: 0, national: false },
  { key: 'SE32', column: 1, row: 1, national: false },
  { key: 'SE31', column: 1, row: 2, national: false },
  { key: 'SE12', column: 1, row: 3, national: false },
  { key: 'SE11', column: 2, row: 3, national: false },
  { key: 'SE23', column: 0, row: 4, national: false },
  { key: 'SE21', column: 1, row: 4, national: false },
  { key: 'SE22', column: 1, row: 5, national: false },
];

export interface RegionTile extends Tile {
  name: string;
  count: number;
  national: boolean;
}

/**
 * How many projects fall in each ESF region (its counties included) and under national, from
 * counts per region code; with `nationalEverywhere`, national projects count in every region too.
 */
export function regionTileSeries(
  perRegion: ReadonlyMap<string, number>,
  regions: readonly Region[],
  options: { nationalEverywhere: boolean; lang: Language },
): RegionTile[] {
  return REGION_TILE_POSITIONS.map((position) => {
    const codes = regionCodesFor(regions, {
      region: position.key,
      nationalEverywhere: options.nationalEverywhere,
    });
    let count = 0;
    for (const code of codes ?? []) count += perRegion.get(code) ?? 0;
    return {
      ...position,
      name: findRegion(regions, position.key)?.name[options.lang] ?? position.key,
      count,
    };
  });
}

/** The tiles with the most projects (several when tied); none when every tile is empty. */
export function busiestTiles(tiles: readonly RegionTile[]): RegionTile[] {
  const most = Math.max(0, ...tiles.map((tile) => tile.count));
  return most === 0 ? [] : tiles.filter((tile) => tile.count === most);
}
