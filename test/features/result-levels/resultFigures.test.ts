import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  countsFigure,
  resultMatrixFigure,
} from '../../../src/features/result-levels/resultFigures';
import {
  levelCounts,
  resultMatrixGroups,
  shownProjects,
  tallyResults,
} from '../../../src/features/result-levels/resultSeries';
import { createI18n } from '../../../src/i18n/I18nProvider';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const en = createI18n('en');

const tally = tallyResults(dataset, regions, {
  region: 'SE22',
  level: 'organisation',
  levelMode: 'narrow',
  nationalEverywhere: false,
});
const shown = shownProjects(dataset, tally);
const counts = levelCounts(dataset, tally.perLevel, 'en');

describe('countsFigure', () => {
  it('gives each level’s count out of the region’s projects, in the levels’ order', () => {
    const figure = countsFigure(dataset, counts, tally.inRegion, 'caption', null, en);
    expect(figure.chartId).toBe('results-counts');
    expect(figure.rows.map((row) => row.cells.level)).toEqual([
      'Policy level',
      'Collaboration level',
      'Organisation level',
      'Individual level',
    ]);
    expect(figure.rows.map((row) => row.cells.count)).toEqual(counts.map((entry) => entry.count));
    expect(figure.rows.every((row) => row.cells.total === tally.inRegion)).toBe(true);
    expect(figure.illustrative).toBe(true);
    expect(figure.sourceLine).toContain('Level definitions: Mötesplats Social Innovation');
    expect(figure.sourceLine).toContain('illustrative for every project');
  });
});

describe('resultMatrixFigure', () => {
  it('lists the shown projects group by group with yes or no per level', () => {
    const groups = resultMatrixGroups(shown, regions, 'en', 'National projects');
    const figure = resultMatrixFigure(dataset, groups, counts, 'caption', null, en);
    expect(figure.rows.map((row) => row.key)).toEqual(
      groups.flatMap((group) => group.rows.map((row) => row.id)),
    );
    expect(figure.rows).toHaveLength(shown.length);
    expect(figure.rows.every((row) => row.cells.organisation === 'Yes')).toBe(true);
    expect(figure.rows.every((row) => row.provenance.kind === 'illustrative')).toBe(true);
    // South Sweden alone: no national projects to put first.
    expect(groups.map((group) => group.id)).toEqual(['SE22']);
    expect(figure.summary).toBe(
      `${shown.length} projects in 1 group; the levels of every project are illustrative.`,
    );
  });
});
