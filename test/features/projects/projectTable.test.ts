import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  filterProjectTable,
  foldForSearch,
  matchesSearch,
  projectRows,
  SORT_COLUMNS,
  sortProjectRows,
  type ProjectRow,
  type ProjectTableFilters,
} from '../../../src/features/projects/projectTable';

const { projects } = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const noFilters: ProjectTableFilters = {
  query: '',
  area: null,
  fund: null,
  region: null,
  level: null,
  nationalEverywhere: false,
};
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const filtered = (filters: Partial<ProjectTableFilters>) =>
  ids(filterProjectTable(projects, regions, { ...noFilters, ...filters }));
const byId = (id: string) => {
  const project = projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};

describe('search', () => {
  it('folds case and diacritics', () => {
    expect(foldForSearch('MALMÖ Skåne Ärende')).toBe('malmo skane arende');
  });

  it('finds a project by its name, in Swedish or English', () => {
    expect(filtered({ query: 'kompetenscenter' })).toEqual(['22-018-S01']);
    expect(filtered({ query: 'centre of excellence' })).toEqual(['22-018-S01']);
  });

  it('finds a project by its owner, ignoring diacritics', () => {
    expect(filtered({ query: 'malmo' })).toEqual(['22-018-S01']);
    expect(filtered({ query: 'Örebro kommun' })).toEqual(['23-017-S04']);
    expect(filtered({ query: 'orebro' })).toEqual(['23-017-S04']);
    expect(filtered({ query: 'coompanion' })).toEqual(['social-innovation-skane']);
  });

  it('finds a project by its case number', () => {
    expect(filtered({ query: '22-017' })).toEqual(['22-017-S04']);
    expect(filtered({ query: 'ex-07' })).toEqual(['EX-07']);
  });

  it('needs every word of the query to match', () => {
    expect(filtered({ query: 'barn örebro' })).toEqual(['23-017-S04']);
    expect(filtered({ query: 'barn stockholm' })).toEqual([]);
  });

  it('keeps every project for an empty or blank query', () => {
    expect(filtered({ query: '' })).toHaveLength(40);
    expect(matchesSearch(byId('EX-01'), '   ')).toBe(true);
  });
});

describe('filters', () => {
  it('keeps the projects of one programme area', () => {
    const areaE = filtered({ area: 'E' });
    expect(areaE).toContain('22-018-S01');
    expect(areaE).not.toContain('22-017-S04');
    expect(areaE.every((id) => byId(id).programmeArea?.value === 'E')).toBe(true);
    expect(filtered({ area: 'F' })).toEqual([]);
  });

  it('keeps the projects of one fund', () => {
    expect(filtered({ fund: 'ERDF' })).toEqual(['social-innovation-skane']);
    expect(filtered({ fund: 'ESF+' })).toHaveLength(39);
    expect(filtered({ fund: 'ESF' })).toEqual([]);
  });

  it('keeps the projects with results at the level', () => {
    const policy = filtered({ level: 'policy' });
    expect(policy).toContain('22-018-S01');
    expect(policy).not.toContain('22-017-S04');
    expect(policy.every((id) => byId(id).resultLevels.value.includes('policy'))).toBe(true);
  });

  it('includes a county’s projects under its ESF region', () => {
    expect(filtered({ region: 'SE22' })).toEqual([
      'social-innovation-skane',
      'EX-08',
      'EX-17',
      'EX-26',
      'EX-35',
    ]);
    expect(filtered({ region: 'SE-M' })).toEqual(['social-innovation-skane']);
  });

  it('counts national projects in a region only when asked to', () => {
    expect(filtered({ region: 'SE33' })).toEqual(['EX-01', 'EX-10', 'EX-19', 'EX-28']);
    const withNational = filtered({ region: 'SE33', nationalEverywhere: true });
    expect(withNational).toHaveLength(11);
    expect(withNational).toContain('22-018-S01');
  });

  it('combines every filter with the search', () => {
    expect(filtered({ region: 'SE0', area: 'C', level: 'individual', query: 'botkyrka' })).toEqual([
      '22-017-S04',
    ]);
  });
});

describe('projectRows', () => {
  it('gives each row its region’s name and whether it is a published record', () => {
    const [skane] = projectRows([byId('social-innovation-skane')], regions, 'sv');
    expect(skane).toMatchObject({
      caseNumber: null,
      regionName: 'Skåne län',
      programmeArea: null,
      fund: 'ERDF',
      startDate: '2015-09-01',
      provenance: 'published',
    });
    const [illustrative] = projectRows([byId('EX-03')], regions, 'en');
    expect(illustrative).toMatchObject({
      name: 'Illustrative project 03',
      regionName: 'North Middle Sweden',
      provenance: 'illustrative',
    });
  });

  it('uses the English name in English where there is one', () => {
    expect(projectRows([byId('22-018-S01')], regions, 'en')[0]?.name).toBe(
      'Centre of Excellence for Social Innovation',
    );
    expect(projectRows([byId('22-017-S04')], regions, 'en')[0]?.name).toBe(
      'Barnfattigdom i Botkyrka',
    );
  });
});

describe('sortProjectRows', () => {
  const rows = projectRows(projects, regions, 'sv');
  const collator = new Intl.Collator('sv-SE', { numeric: true, sensitivity: 'base' });
  const value = (row: ProjectRow, column: (typeof SORT_COLUMNS)[number]) =>
    column === 'region'
      ? row.regionName
      : column === 'resultLevels'
        ? row.resultLevels.length
        : row[column];

  it.each(SORT_COLUMNS.flatMap((column) => [[column, 'asc'] as const, [column, 'desc'] as const]))(
    'orders by %s (%s) with missing values last',
    (column, direction) => {
      const sorted = sortProjectRows(rows, column, direction, 'sv');
      expect(sorted).toHaveLength(rows.length);
      const values = sorted.map((row) => value(row, column));
      const present = values.filter((v) => v !== null);
      expect(values.slice(present.length).every((v) => v === null)).toBe(true);
      for (let i = 1; i < present.length; i++) {
        const [a, b] = [present[i - 1], present[i]];
        const order =
          typeof a === 'number' && typeof b === 'number'
            ? a - b
            : collator.compare(String(a), String(b));
        expect(direction === 'asc' ? order <= 0 : order >= 0).toBe(true);
      }
    },
  );

  it('sorts case numbers numerically and puts the record without one last', () => {
    const ascending = ids(sortProjectRows(rows, 'caseNumber', 'asc', 'sv'));
    expect(ascending.slice(0, 5)).toEqual([
      '22-017-S04',
      '22-018-S01',
      '23-017-S04',
      'EX-01',
      'EX-02',
    ]);
    expect(ascending.at(-1)).toBe('social-innovation-skane');
    const descending = ids(sortProjectRows(rows, 'caseNumber', 'desc', 'sv'));
    expect(descending[0]).toBe('EX-36');
    expect(descending.at(-1)).toBe('social-innovation-skane');
  });

  it('puts projects without published dates last in both directions', () => {
    const ascending = ids(sortProjectRows(rows, 'startDate', 'asc', 'sv'));
    expect(ascending[0]).toBe('social-innovation-skane');
    expect(ascending.slice(-2)).toEqual(['22-017-S04', '23-017-S04']);
    const descending = ids(sortProjectRows(rows, 'endDate', 'desc', 'sv'));
    expect(descending[0]).toBe('EX-01');
    expect(descending.slice(-2)).toEqual(['22-017-S04', '23-017-S04']);
  });

  it('orders result levels by how many there are', () => {
    const descending = sortProjectRows(rows, 'resultLevels', 'desc', 'sv');
    expect(descending[0]?.resultLevels).toHaveLength(4);
    expect(descending.at(-1)?.resultLevels).toHaveLength(1);
  });

  it('sorts å, ä and ö after z in Swedish', () => {
    const names = ['Öst', 'Zeta', 'Ärlig', 'alfa', 'Åsa', 'Beta'];
    const named = names.map((name, index) => ({
      ...(rows[0] as ProjectRow),
      id: `P${index}`,
      caseNumber: null,
      name,
    }));
    const sorted = (direction: 'asc' | 'desc') =>
      sortProjectRows(named, 'name', direction, 'sv').map((row) => row.name);
    expect(sorted('asc')).toEqual(['alfa', 'Beta', 'Zeta', 'Åsa', 'Ärlig', 'Öst']);
    expect(sorted('desc')).toEqual(['Öst', 'Ärlig', 'Åsa', 'Zeta', 'Beta', 'alfa']);
  });

  it('does not change the rows it is given', () => {
    const before = ids(rows);
    sortProjectRows(rows, 'name', 'desc', 'sv');
    expect(ids(rows)).toEqual(before);
  });
});
