import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  mapCountsKind,
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
    expect(figure.rows.find((row) => row.key === 'EX-07')?.provenance.kind).toBe('illustrative');
  });

  it('gives the record, its period and its result levels each their own provenance', () => {
    expect(figure.provenanceGroups?.map((group) => group.columns)).toEqual([
      ['caseNumber', 'name', 'owner', 'region', 'programmeArea', 'fund'],
      ['startDate', 'endDate'],
      ['resultLevels'],
    ]);
    const kinds = (id: string) => {
      const row = figure.rows.find((candidate) => candidate.key === id);
      const groups = row?.provenanceByGroup ?? {};
      return {
        row: row?.provenance.kind,
        record: groups.record?.kind,
        period: groups.period?.kind,
        resultLevels: groups.resultLevels?.kind,
      };
    };
    expect(kinds('22-018-S01')).toEqual({
      row: 'illustrative',
      record: 'published',
      period: 'published',
      resultLevels: 'illustrative',
    });
    // Its fund is derived from its programme area, its end date from a published text.
    expect(kinds('22-017-S04')).toMatchObject({ record: 'derived' });
    expect(kinds('social-innovation-skane')).toMatchObject({ period: 'derived' });
    const fund = figure.rows.find((row) => row.key === '22-017-S04')?.provenanceByGroup?.record;
    expect(fund?.detail).toMatch(/Fund: derived/);
    expect(kinds('EX-07')).toEqual({
      row: 'illustrative',
      record: 'illustrative',
      period: 'illustrative',
      resultLevels: 'illustrative',
    });
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
    expect(timeline.items.find((item) => item.key === '22-018-S01')?.provenance).toBe('published');
    expect(timeline.items.find((item) => item.key === 'EX-01')?.provenance).toBe('illustrative');
  });

  it('mark a period with a published start and a derived end derived, and name each date’s source', () => {
    const timeline = projectTimelineSeries(dataset, regions, rows, 'en');
    const skane = timeline.items.find((item) => item.key === 'social-innovation-skane');
    expect(skane?.provenance).toBe('derived');
    const row = timelineFigure(dataset, timeline, '', 'summary', en).rows.find(
      (candidate) => candidate.key === 'social-innovation-skane',
    );
    expect(row?.provenance.kind).toBe('derived');
    expect(
      timelineFigure(dataset, timeline, '', 'summary', en).legend?.map((entry) => entry.label),
    ).toEqual([
      'Published dates',
      'A date derived from a published one',
      'Dates made up to demonstrate',
    ]);
    expect(row?.provenance.detail).toMatch(
      /^Start: published, .+ End: derived, start date \+ three years − one day .+\.$/,
    );
  });

  it('give one row per tile with its count, marked as including illustrative projects', () => {
    const tiles = regionTileSeries(matches.perRegion, regions, {
      nationalEverywhere: false,
      lang: 'en',
    });
    const figure = mapFigure(tiles, mapCountsKind(matches), '', 'summary', en);
    expect(figure.rows).toHaveLength(9);
    expect(figure.rows.reduce((sum, row) => sum + Number(row.cells.count), 0)).toBe(40);
    expect(figure.illustrative).toBe(true);
    expect(figure.rows[0]?.provenance.kind).toBe('illustrative');
  });

  it('give the map as counted from published records when only published records match', () => {
    const published = matchProjects(dataset, regions, { ...NO_PROJECT_FILTERS, query: 'Skåne' });
    expect(published.outsideRegion).toBeGreaterThan(0);
    expect(mapCountsKind(published)).toBe('derived');
    const tiles = regionTileSeries(published.perRegion, regions, {
      nationalEverywhere: false,
      lang: 'en',
    });
    const figure = mapFigure(tiles, mapCountsKind(published), '', 'summary', en);
    expect(figure.illustrative).toBe(false);
    expect(figure.sourceLine).toMatch(/^Counts of the published records that match\./);
    expect(figure.rows.every((row) => row.provenance.kind === 'derived')).toBe(true);
  });
});
