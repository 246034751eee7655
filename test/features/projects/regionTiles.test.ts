import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { layoutTileGrid } from '../../../src/charts/tileGridLayout';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { matchProjects } from '../../../src/features/projects/projectTable';
import {
  busiestTiles,
  REGION_TILE_POSITIONS,
  regionTileSeries,
} from '../../../src/features/projects/regionTiles';
import { NO_PROJECT_FILTERS } from './noProjectFilters';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { projects } = dataset;
const { regions } = regionsDatasetSchema.parse(regionsFile);
const { perRegion } = matchProjects(dataset, regions, NO_PROJECT_FILTERS);
const counts = (tiles: { key: string; count: number }[]) =>
  Object.fromEntries(tiles.map((tile) => [tile.key, tile.count]));

describe('regionTileSeries', () => {
  it('has a tile for each of the eight ESF regions and one for national', () => {
    const tiles = regionTileSeries(perRegion, regions, { nationalEverywhere: false, lang: 'sv' });
    expect(tiles.map((tile) => tile.key).sort()).toEqual(
      ['SE0', 'SE11', 'SE12', 'SE21', 'SE22', 'SE23', 'SE31', 'SE32', 'SE33'].sort(),
    );
    expect(tiles.find((tile) => tile.key === 'SE21')?.name).toBe('Småland och Öarna');
    expect(tiles.filter((tile) => tile.national).map((tile) => tile.key)).toEqual(['SE0']);
  });

  it('counts each region’s projects, its counties’ included', () => {
    const tiles = regionTileSeries(perRegion, regions, { nationalEverywhere: false, lang: 'en' });
    expect(counts(tiles)).toEqual({
      SE0: 7,
      SE33: 4,
      SE32: 4,
      SE31: 4,
      SE12: 4,
      SE11: 4,
      SE23: 4,
      SE21: 4,
      SE22: 5,
    });
    expect(tiles.reduce((sum, tile) => sum + tile.count, 0)).toBe(projects.length);
  });

  it('adds the national projects to every region when asked to', () => {
    const tiles = regionTileSeries(perRegion, regions, { nationalEverywhere: true, lang: 'en' });
    expect(counts(tiles)).toMatchObject({ SE0: 7, SE33: 11, SE22: 12 });
  });

  it('counts the projects that match every filter but the region', () => {
    const areaC = matchProjects(dataset, regions, {
      ...NO_PROJECT_FILTERS,
      area: 'C',
      region: 'SE22',
    });
    const tiles = regionTileSeries(areaC.perRegion, regions, {
      nationalEverywhere: false,
      lang: 'en',
    });
    expect(counts(tiles)).toMatchObject({ SE0: 2, SE22: 0 });
    expect(tiles.reduce((sum, tile) => sum + tile.count, 0)).toBe(areaC.outsideRegion);
  });

  it('places the regions north to south on a grid without overlaps', () => {
    const row = (key: string) => REGION_TILE_POSITIONS.find((tile) => tile.key === key)?.row ?? -1;
    expect(row('SE33')).toBe(0);
    expect(row('SE33')).toBeLessThan(row('SE32'));
    expect(row('SE32')).toBeLessThan(row('SE31'));
    expect(row('SE31')).toBeLessThan(row('SE11'));
    expect(row('SE11')).toBe(row('SE12'));
    expect(row('SE12')).toBeLessThan(row('SE21'));
    expect(row('SE21')).toBeLessThan(row('SE22'));
    expect(Math.max(...REGION_TILE_POSITIONS.map((tile) => tile.row))).toBe(row('SE22'));
    const cells = REGION_TILE_POSITIONS.map((tile) => `${tile.column},${tile.row}`);
    expect(new Set(cells).size).toBe(cells.length);
    const layout = layoutTileGrid(REGION_TILE_POSITIONS, { width: 330, gap: 6 });
    expect(layout.width).toBeLessThanOrEqual(330);
  });
});

describe('busiestTiles', () => {
  const tiles = regionTileSeries(perRegion, regions, { nationalEverywhere: false, lang: 'en' });

  it('finds the tile with the most projects', () => {
    expect(busiestTiles(tiles).map((tile) => tile.key)).toEqual(['SE0']);
  });

  it('returns every tied tile, and none when all are empty', () => {
    const tied = tiles.map((tile) => (tile.key === 'SE0' ? { ...tile, count: 5 } : tile));
    expect(busiestTiles(tied).map((tile) => tile.key)).toEqual(['SE0', 'SE22']);
    expect(busiestTiles(tiles.map((tile) => ({ ...tile, count: 0 })))).toEqual([]);
  });
});
