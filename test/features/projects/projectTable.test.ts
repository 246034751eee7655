import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProjects, toRowForm } from '../../../bench/generate.mjs';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { parseDatasetText } from '../../../src/data/datasetParsers';
import { datasetFromColumns } from '../../../src/data/projectColumns';
import { FUNDS, PROGRAMME_AREAS } from '../../../src/data/projectCodes';
import { filterProjects } from '../../../src/data/projectFilters';
import { projectName } from '../../../src/data/projectName';
import { projectsDatasetSchema, type Project } from '../../../src/data/projectsSchema';
import { findRegion } from '../../../src/data/regionTree';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { RESULT_LEVELS } from '../../../src/data/resultLevels';
import {
  foldForSearch,
  matchProjects,
  projectRowAt,
  publishedCount,
  sortProjectRows,
} from '../../../src/features/projects/projectTable';
import {
  SORT_COLUMNS,
  type ProjectTableFilters,
  type SortColumn,
  type SortDirection,
} from '../../../src/features/projects/projectsSearch';
import type { Language } from '../../../src/i18n/format';
import { NO_PROJECT_FILTERS } from './noProjectFilters';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { projects } = dataset;
const { regions } = regionsDatasetSchema.parse(regionsFile);
const everyRow = (count: number) => Int32Array.from({ length: count }, (_, row) => row);
const idsOf = (rows: Int32Array, list: readonly Project[] = projects) =>
  Array.from(rows, (row) => list[row]!.id);
const filtered = (filters: Partial<ProjectTableFilters>) =>
  idsOf(matchProjects(dataset, regions, { ...NO_PROJECT_FILTERS, ...filters }).rows);
const sorted = (column: SortColumn, direction: SortDirection, lang: Language = 'sv') =>
  sortProjectRows(dataset, regions, everyRow(projects.length), column, direction, lang);
const byId = (id: string) => {
  const project = projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id}`);
  return project;
};
const rowOf = (id: string, lang: Language) =>
  projectRowAt(dataset, regions, projects.indexOf(byId(id)), lang);

/** The filters written plainly over records: what the columnar pass must agree with. */
function referenceFilter(list: readonly Project[], filters: ProjectTableFilters): Project[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const own = list.filter((project) => {
    const haystack = [
      project.name.value,
      project.englishName?.value ?? '',
      project.owner.value,
      project.caseNumber?.value ?? '',
    ].map(foldForSearch);
    return (
      (filters.area === null || project.programmeArea?.value === filters.area) &&
      (filters.fund === null || project.fund.value === filters.fund) &&
      words.every((word) => haystack.some((field) => field.includes(word)))
    );
  });
  return filterProjects(own, regions, filters);
}

/** The sort written plainly as one comparison over records. */
function referenceSort(
  list: readonly Project[],
  column: SortColumn,
  direction: SortDirection,
  lang: Language,
): string[] {
  const collator = new Intl.Collator(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    numeric: true,
    sensitivity: 'base',
  });
  const value = (project: Project): string | number | null => {
    switch (column) {
      case 'name':
        return projectName(project, lang);
      case 'region':
        return findRegion(regions, project.region.value)?.name[lang] ?? project.region.value;
      case 'resultLevels': {
        const levels = project.resultLevels.value;
        const letters = levels.map((level) => 'abcd'[RESULT_LEVELS.indexOf(level)]).sort();
        return `${levels.length}${letters.join('')}`;
      }
      default:
        return project[column]?.value ?? null;
    }
  };
  const compare = (a: string | number | null, b: string | number | null) =>
    a === null || b === null
      ? (a === null ? 1 : 0) - (b === null ? 1 : 0)
      : collator.compare(String(a), String(b));
  const sign = direction === 'asc' ? 1 : -1;
  return list
    .map((project, row) => ({ project, row }))
    .sort((a, b) => {
      const left = value(a.project);
      const right = value(b.project);
      const primary =
        left === null || right === null ? compare(left, right) : sign * compare(left, right);
      return (
        primary ||
        compare(a.project.caseNumber?.value ?? null, b.project.caseNumber?.value ?? null) ||
        collator.compare(projectName(a.project, lang), projectName(b.project, lang)) ||
        a.row - b.row
      );
    })
    .map(({ project }) => project.id);
}

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
    // More words than one pass holds (30): a word in the second pass must match too.
    const words = 'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9';
    const named = {
      ...dataset,
      projects: [{ ...byId('EX-01'), name: { ...byId('EX-01').name, value: words } }],
    };
    const matches = (query: string) =>
      matchProjects(named, regions, { ...NO_PROJECT_FILTERS, query }).rows.length;
    expect(matches(words)).toBe(1);
    expect(matches(`${words} zz`)).toBe(0);
  });

  it('keeps every project for an empty or blank query', () => {
    expect(filtered({ query: '' })).toHaveLength(40);
    expect(filtered({ query: '   ' })).toHaveLength(40);
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

describe('projectRowAt', () => {
  it('gives each row its region’s name and whether it is a published record', () => {
    expect(rowOf('social-innovation-skane', 'sv')).toMatchObject({
      caseNumber: null,
      regionName: 'Skåne län',
      programmeArea: null,
      fund: 'ERDF',
      startDate: '2015-09-01',
      provenance: 'published',
    });
    expect(rowOf('EX-03', 'en')).toMatchObject({
      name: 'Illustrative project 03',
      regionName: 'North Middle Sweden',
      provenance: 'illustrative',
    });
  });

  it('uses the English name in English where there is one', () => {
    expect(rowOf('22-018-S01', 'en').name).toBe('Centre of Excellence for Social Innovation');
    expect(rowOf('22-017-S04', 'en').name).toBe('Barnfattigdom i Botkyrka');
  });

  it('counts the published records among rows', () => {
    expect(publishedCount(dataset, everyRow(projects.length))).toBe(4);
    expect(
      publishedCount(
        dataset,
        matchProjects(dataset, regions, { ...NO_PROJECT_FILTERS, region: 'SE22' }).rows,
      ),
    ).toBe(1);
  });
});

describe('sortProjectRows', () => {
  const collator = new Intl.Collator('sv-SE', { numeric: true, sensitivity: 'base' });
  const value = (id: string, column: SortColumn) => {
    const row = rowOf(id, 'sv');
    return column === 'region'
      ? row.regionName
      : column === 'resultLevels'
        ? row.resultLevels.length
        : row[column];
  };

  it.each(SORT_COLUMNS.flatMap((column) => [[column, 'asc'] as const, [column, 'desc'] as const]))(
    'orders by %s (%s) with missing values last, as one comparison over records would',
    (column, direction) => {
      const order = idsOf(sorted(column, direction));
      expect(order).toEqual(referenceSort(projects, column, direction, 'sv'));
      const values = order.map((id) => value(id, column));
      const present = values.filter((v) => v !== null);
      expect(values.slice(present.length).every((v) => v === null)).toBe(true);
      for (let i = 1; i < present.length; i++) {
        const [a, b] = [present[i - 1], present[i]];
        const difference =
          typeof a === 'number' && typeof b === 'number'
            ? a - b
            : collator.compare(String(a), String(b));
        expect(direction === 'asc' ? difference <= 0 : difference >= 0).toBe(true);
      }
    },
  );

  it('sorts case numbers numerically and puts the record without one last', () => {
    const ascending = idsOf(sorted('caseNumber', 'asc'));
    expect(ascending.slice(0, 5)).toEqual([
      '22-017-S04',
      '22-018-S01',
      '23-017-S04',
      'EX-01',
      'EX-02',
    ]);
    expect(ascending.at(-1)).toBe('social-innovation-skane');
    const descending = idsOf(sorted('caseNumber', 'desc'));
    expect(descending[0]).toBe('EX-36');
    expect(descending.at(-1)).toBe('social-innovation-skane');
  });

  it('puts projects without published dates last in both directions', () => {
    const ascending = idsOf(sorted('startDate', 'asc'));
    expect(ascending[0]).toBe('social-innovation-skane');
    expect(ascending.slice(-2)).toEqual(['22-017-S04', '23-017-S04']);
    const descending = idsOf(sorted('endDate', 'desc'));
    expect(descending[0]).toBe('EX-01');
    expect(descending.slice(-2)).toEqual(['22-017-S04', '23-017-S04']);
  });

  it('orders result levels by how many there are', () => {
    const descending = idsOf(sorted('resultLevels', 'desc'));
    expect(byId(descending[0]!).resultLevels.value).toHaveLength(4);
    expect(byId(descending.at(-1)!).resultLevels.value).toHaveLength(1);
  });

  it('sorts by the English name in English, and å, ä and ö after z in Swedish', () => {
    const names = ['Öst', 'Zeta', 'Ärlig', 'alfa', 'Åsa', 'Beta'];
    const named: Project[] = names.map((name, index) => ({
      ...byId('EX-01'),
      id: `P${index}`,
      caseNumber: undefined,
      name: { ...byId('EX-01').name, value: name },
      englishName: index === 1 ? { ...byId('EX-01').name, value: 'Aardvark' } : undefined,
    }));
    const small = { ...dataset, projects: named };
    const order = (direction: SortDirection, lang: Language) =>
      Array.from(
        sortProjectRows(small, regions, everyRow(named.length), 'name', direction, lang),
        (row) => names[row],
      );
    expect(order('asc', 'sv')).toEqual(['alfa', 'Beta', 'Zeta', 'Åsa', 'Ärlig', 'Öst']);
    expect(order('desc', 'sv')).toEqual(['Öst', 'Ärlig', 'Åsa', 'Zeta', 'Beta', 'alfa']);
    // "Zeta" is "Aardvark" in English, and å, ä and ö sort as a and o.
    expect(order('asc', 'en')).toEqual(['Zeta', 'alfa', 'Ärlig', 'Åsa', 'Beta', 'Öst']);
  });

  it('does not change the rows it is given', () => {
    const rows = everyRow(projects.length);
    sortProjectRows(dataset, regions, rows, 'name', 'desc', 'sv');
    expect(rows).toEqual(everyRow(projects.length));
  });
});

describe('a columnar file and the same rows in the row form', () => {
  const file = generateProjects(1500, 11, projectsFile);
  const columnar = parseDatasetText('projects', 'projects.json', JSON.stringify(file));
  const rowForm = parseDatasetText('projects', 'projects.json', JSON.stringify(toRowForm(file)));
  if (columnar.form !== 'columns' || rowForm.form !== 'rows') throw new Error('wrong forms');
  const fromColumns = datasetFromColumns(columnar.metadata, columnar.columns);
  const fromRows = rowForm.dataset;
  const filtersArbitrary = fc.record({
    query: fc.oneof(
      fc.constant(''),
      fc.constantFrom('malmo', 'kommun', 'region skane', 'stöd i', 'UNGA', 'x y z', 'lund'),
      fc.string({ maxLength: 6 }),
    ),
    area: fc.constantFrom(null, ...PROGRAMME_AREAS),
    fund: fc.constantFrom(null, ...FUNDS),
    region: fc.constantFrom(null, 'SE0', 'SE22', 'SE-M', 'SE11', 'SE33'),
    level: fc.constantFrom(null, ...RESULT_LEVELS),
    nationalEverywhere: fc.boolean(),
  });

  it('match the same projects, as filters over records would', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const expected = referenceFilter(fromRows.projects, filters).map((project) => project.id);
        const columns = matchProjects(fromColumns, regions, filters);
        expect(idsOf(columns.rows, fromRows.projects)).toEqual(expected);
        expect(idsOf(matchProjects(fromRows, regions, filters).rows, fromRows.projects)).toEqual(
          expected,
        );
        const outside = referenceFilter(fromRows.projects, { ...filters, region: null });
        expect(columns.outsideRegion).toBe(outside.length);
      }),
      { numRuns: 40 },
    );
  });

  it('sort the same way, as one comparison over records would', () => {
    const rows = everyRow(fromRows.projects.length);
    for (const column of SORT_COLUMNS) {
      for (const lang of ['sv', 'en'] as const) {
        const expected = referenceSort(fromRows.projects, column, 'desc', lang);
        const order = sortProjectRows(fromColumns, regions, rows, column, 'desc', lang);
        expect(idsOf(order, fromRows.projects)).toEqual(expected);
      }
    }
  });
});
