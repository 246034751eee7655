import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import {
  projectsDatasetSchema,
  type Project,
  type ProjectsDataset,
} from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { filterProjects } from '../../../src/data/projectFilters';
import { RESULT_LEVELS } from '../../../src/data/resultLevels';
import {
  levelCounts,
  mostCommonLevels,
  resultMatrixGroups,
  resultMatrixTotals,
  shownProjects,
  tallyResults,
  type LevelCount,
  type ResultSelection,
} from '../../../src/features/result-levels/resultSeries';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const everything: ResultSelection = {
  region: null,
  level: null,
  levelMode: 'highlight',
  nationalEverywhere: false,
};
const allPerLevel = tallyResults(dataset, regions, everything).perLevel;
const ids = (projects: readonly Project[]) => projects.map((project) => project.id);

/** The region's projects (all of them in highlight mode) and the tally of the selection. */
function select(selection: ResultSelection, from: ProjectsDataset = dataset) {
  const tally = tallyResults(from, regions, selection);
  return { tally, shown: shownProjects(from, tally) };
}

describe('tallyResults and shownProjects', () => {
  it('keeps all 40 projects without filters', () => {
    const { tally, shown } = select(everything);
    expect(tally.inRegion).toBe(40);
    expect(tally.shown.total).toBe(40);
    expect(shown).toHaveLength(40);
  });

  it('includes an ESF region’s counties, and national projects only when asked', () => {
    const upperNorrland = { ...everything, region: 'SE33' };
    expect(ids(select(upperNorrland).shown)).toEqual(['EX-01', 'EX-10', 'EX-19', 'EX-28']);
    const withNational = select({ ...upperNorrland, nationalEverywhere: true });
    expect(withNational.tally.inRegion).toBe(11);
    expect(ids(withNational.shown)).toContain('22-018-S01');
    expect(ids(select({ ...everything, region: 'SE22' }).shown)).toContain(
      'social-innovation-skane',
    );
  });

  it('shows only the national projects for the national region', () => {
    const national = select({ ...everything, region: 'SE0' });
    expect(national.tally.inRegion).toBe(7);
    expect(national.shown.every((project) => project.region.value === 'SE0')).toBe(true);
  });

  it('keeps every project of the region when highlighting a level, and narrows when asked', () => {
    const collaboration = {
      ...everything,
      region: 'SE33',
      level: 'collaboration' as const,
      nationalEverywhere: true,
    };
    expect(select(collaboration).shown).toHaveLength(11);
    const narrowed = select({ ...collaboration, levelMode: 'narrow' });
    expect(narrowed.tally.inRegion).toBe(11);
    expect(narrowed.tally.shown.total).toBe(9);
    expect(narrowed.shown).toHaveLength(9);
    expect(
      narrowed.shown.every((project) => project.resultLevels.value.includes('collaboration')),
    ).toBe(true);
  });

  it('counts the same as filtering the records one by one', () => {
    for (const region of [null, 'SE0', 'SE22', 'SE33', 'SE-AC']) {
      for (const level of [null, ...RESULT_LEVELS]) {
        for (const nationalEverywhere of [false, true]) {
          const selection = { region, level, levelMode: 'narrow' as const, nationalEverywhere };
          const expected = filterProjects(dataset.projects, regions, selection);
          expect(ids(select(selection).shown)).toEqual(ids(expected));
        }
      }
    }
  });

  it('treats a region code that is not in the list as no region, as the filter bar says', () => {
    expect(select({ ...everything, region: 'SE99' }).tally.inRegion).toBe(40);
  });

  it('returns nothing for no projects', () => {
    const { tally, shown } = select(everything, { ...dataset, projects: [] });
    expect(tally.inRegion).toBe(0);
    expect([...tally.perLevel]).toEqual([0, 0, 0, 0]);
    expect(shown).toEqual([]);
  });
});

describe('resultMatrixTotals', () => {
  it('sums the listed projects per group and level, in the groups’ order', () => {
    const { tally } = select(everything);
    const totals = resultMatrixTotals(dataset, regions, tally.shown, 'en', 'National projects');
    const groups = resultMatrixGroups(dataset.projects, regions, 'en', 'National projects');
    expect(totals.map(({ id, title, count }) => [id, title, count])).toEqual(
      groups.map(({ id, title, rows }) => [id, title, rows.length]),
    );
    for (const [index, total] of totals.entries()) {
      expect(total.perLevel).toEqual(
        RESULT_LEVELS.map(
          (level) => groups[index]!.rows.filter((row) => row.levels.includes(level)).length,
        ),
      );
    }
  });
});

describe('levelCounts', () => {
  it('counts the projects per level, in the levels’ fixed order, with published definitions', () => {
    const counts = levelCounts(dataset, allPerLevel, 'en');
    expect(counts.map(({ level, label, count }) => [level, label, count])).toEqual([
      ['policy', 'Policy level', 21],
      ['collaboration', 'Collaboration level', 22],
      ['organisation', 'Organisation level', 18],
      ['individual', 'Individual level', 18],
    ]);
    expect(counts[3]?.definition).toBe('A greater sense of belonging.');
    expect(counts[0]?.definitionSource?.id).toBe('msi-regional-collaboration-2024');
  });

  it('speaks Swedish', () => {
    expect(levelCounts(dataset, allPerLevel, 'sv')[1]?.label).toBe('Samverkansnivå');
  });

  it('counts zero at every level for no projects', () => {
    expect(levelCounts(dataset, [], 'en').map((entry) => entry.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('mostCommonLevels', () => {
  const counts = (values: number[]): LevelCount[] =>
    levelCounts(dataset, [], 'en').map((entry, index) => ({ ...entry, count: values[index] ?? 0 }));

  it('finds the single most common level', () => {
    const result = mostCommonLevels(levelCounts(dataset, allPerLevel, 'en'));
    expect(result.count).toBe(22);
    expect(result.levels.map((entry) => entry.level)).toEqual(['collaboration']);
  });

  it('keeps every tied level, in order', () => {
    const result = mostCommonLevels(counts([3, 1, 3, 0]));
    expect(result.levels.map((entry) => entry.level)).toEqual(['policy', 'organisation']);
    expect(result.count).toBe(3);
  });

  it('has no most common level when no project has any', () => {
    expect(mostCommonLevels(counts([0, 0, 0, 0]))).toEqual({ levels: [], count: 0 });
    expect(mostCommonLevels([])).toEqual({ levels: [], count: 0 });
  });
});

describe('resultMatrixGroups', () => {
  it('puts the national projects first, then the ESF regions by name', () => {
    const groups = resultMatrixGroups(dataset.projects, regions, 'en', 'National projects');
    expect(groups.map((group) => group.title)).toEqual([
      'National projects',
      'Central Norrland',
      'East Middle Sweden',
      'North Middle Sweden',
      'Småland and the islands',
      'South Sweden',
      'Stockholm',
      'Upper Norrland',
      'West Sweden',
    ]);
    expect(groups.reduce((sum, group) => sum + group.rows.length, 0)).toBe(40);
  });

  it('sorts the regions by Swedish rules in Swedish', () => {
    const titles = resultMatrixGroups(dataset.projects, regions, 'sv', 'Nationella projekt').map(
      (group) => group.title,
    );
    expect(titles[0]).toBe('Nationella projekt');
    expect(titles.slice(-2)).toEqual(['Östra Mellansverige', 'Övre Norrland']);
  });

  it('orders a group by case number and names the county of a county project', () => {
    const [national, ...others] = resultMatrixGroups(
      dataset.projects,
      regions,
      'en',
      'National projects',
    );
    expect(national?.id).toBe('SE0');
    expect(national?.rows.map((row) => row.caseNumber)).toEqual([
      '22-017-S04',
      '22-018-S01',
      '23-017-S04',
      'EX-09',
      'EX-18',
      'EX-27',
      'EX-36',
    ]);
    expect(national?.rows[1]).toMatchObject({
      id: '22-018-S01',
      name: 'Centre of Excellence for Social Innovation',
      place: null,
      levels: ['policy', 'collaboration', 'organisation'],
    });
    const south = others.find((group) => group.id === 'SE22');
    expect(south?.rows.at(-1)).toMatchObject({
      id: 'social-innovation-skane',
      caseNumber: null,
      place: 'Skåne County',
    });
  });

  it('groups a project whose region is unknown under its own code', () => {
    const [first] = dataset.projects;
    const stray = { ...first!, id: 'stray', region: { ...first!.region, value: 'XX' } };
    expect(resultMatrixGroups([stray], regions, 'en', 'National projects')).toEqual([
      {
        id: 'XX',
        title: 'XX',
        rows: [expect.objectContaining({ id: 'stray', place: null })],
      },
    ]);
  });

  it('has no groups for no projects', () => {
    expect(resultMatrixGroups([], regions, 'en', 'National projects')).toEqual([]);
  });
});
