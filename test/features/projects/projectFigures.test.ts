import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  mapFigure,
  tableFigure,
  tableSummary,
  timelineFigure,
} from '../../../src/features/projects/projectFigures';
import {
  matchProjects,
  projectRowAt,
  sortProjectRows,
} from '../../../src/features/projects/projectTable';
import { projectTimelineSeries } from '../../../src/features/projects/projectTimeline';
import { regionTileSeries } from '../../../src/features/projects/regionTiles';
import { createI18n } from '../../../src/i18n/I18nProvider';
import { NO_PROJECT_FILTERS } from './noProjectFilters';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const en = createI18n('en');
const matches = matchProjects(dataset, regions, NO_PROJECT_FILTERS);
const rows = sortProjectRows(dataset, regions, matches.rows, 'caseNumber', 'asc', 'en');
const rowAt = (index: number) => projectRowAt(dataset, regions, rows[index]!, 'en');
const ids = Array.from(rows, (_, index) => rowAt(index).id);

describe('tableFigure', () => {
  const figure = tableFigure(dataset, rows, rowAt, 'Region: All of Sweden · n = 40', en);

  it('has the list’s rows in its sort order and its columns', () => {
    expect(figure.chartId).toBe('projects-table');
    expect(figure.rows.map((row) => row.key)).toEqual(ids);
    expect(figure.columns.map((column) => column.key)).toEqual([
      'caseNumber',
      'name',
      'owner',
      'region',
      'programmeArea',
      'fund',
      'startDate',
      'endDate',
      'resultLevels',
    ]);
    const record = figure.rows.find((row) => row.key === '22-018-S01');
    expect(record?.cells).toMatchObject({
      name: 'Centre of Excellence for Social Innovation',
      startDate: '2022-12-15',
    });
    expect(record?.provenance.kind).toBe('published');
    expect(figure.rows.find((row) => row.key === 'EX-07')?.provenance.kind).toBe('illustrative');
  });

  it('counts published records and illustrative projects in its summary', () => {
    expect(tableSummary(dataset, rows, en)).toBe(
      '40 projects: 4 published records and 36 illustrative.',
    );
    expect(figure.summary).toBe(tableSummary(dataset, rows, en));
    expect(figure.illustrative).toBe(true);
  });
});

describe('timelineFigure and mapFigure', () => {
  it('give the timeline’s dated projects in its order, with their own dates’ provenance', () => {
    const timeline = projectTimelineSeries(dataset, regions, rows, 'en');
    const figure = timelineFigure(dataset, timeline, '', 'summary', en);
    expect(figure.rows.map((row) => row.key)).toEqual(timeline.items.map((item) => item.key));
    expect(figure.rows.find((row) => row.key === '22-018-S01')?.provenance.kind).toBe('published');
    expect(figure.rows.every((row) => row.cells.startDate !== null)).toBe(true);
  });

  it('give one row per tile with its count, marked as including illustrative projects', () => {
    const tiles = regionTileSeries(matches.perRegion, regions, {
      nationalEverywhere: false,
      lang: 'en',
    });
    const figure = mapFigure(tiles, '', 'summary', en);
    expect(figure.rows).toHaveLength(9);
    expect(figure.rows.reduce((sum, row) => sum + Number(row.cells.count), 0)).toBe(40);
    expect(figure.illustrative).toBe(true);
  });
});
