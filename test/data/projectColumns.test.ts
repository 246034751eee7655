import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/data/datasetParsers';
import { DatasetError } from '../../src/data/DatasetError';
import {
  columnsOf,
  countProjects,
  datasetFromColumns,
  matchingRows,
  projectAt,
  projectsAt,
} from '../../src/data/projectColumns';
import { nonEmptyTextSchema, projectsDatasetSchema } from '../../src/data/projectsSchema';
import { allNonEmptyText } from '../../src/data/projectsColumnsFile';
import rows from '../../public/data/projects.json';

const illustrative = { kind: 'illustrative', note: 'generated' };

function columnsFile(overrides: Record<string, unknown> = {}) {
  const { dataset, title, sources, resultLevels, programmeAreas } = rows;
  return {
    dataset,
    title,
    sources,
    resultLevels,
    programmeAreas,
    encoding: 'columns',
    rowCount: 3,
    columns: {
      id: { prefix: 'GEN-', first: 1, digits: 3 },
      name: { dictionary: ['Alfa', 'Beta'], indices: [0, 1, 0], provenance: illustrative },
      owner: { dictionary: ['Malmö stad'], indices: [0, 0, 0], provenance: illustrative },
      country: { dictionary: ['SE'], indices: [0, 0, 0], provenance: illustrative },
      fund: { dictionary: ['ESF+'], indices: [0, 0, 0], provenance: illustrative },
      region: { dictionary: ['SE22', 'SE0'], indices: [0, 1, 0], provenance: illustrative },
      startDate: { days: [19000, -1, 19000], provenance: illustrative },
      endDate: { days: [19500, -1, 19001], provenance: illustrative },
      resultLevels: { masks: [1, 3, 8], provenance: illustrative },
      ...overrides,
    },
  };
}

const parse = (file: unknown) =>
  parseDatasetText('projects', 'projects.json', JSON.stringify(file));

describe('columnar projects file', () => {
  it('decodes to rows with values and provenance', () => {
    const parsed = parse(columnsFile());
    if (parsed.form !== 'columns') throw new Error('expected columns');
    const second = projectAt(parsed.columns, 1);
    expect(second.id).toBe('GEN-002');
    expect(second.region).toEqual({ value: 'SE0', provenance: illustrative });
    expect(second.resultLevels.value).toEqual(['policy', 'collaboration']);
    expect(second.startDate).toBeUndefined();
    expect(projectAt(parsed.columns, 0).endDate?.value).toBe('2023-05-23');
  });

  it('counts per region and level in one pass', () => {
    const parsed = parse(columnsFile());
    if (parsed.form !== 'columns') throw new Error('expected columns');
    const counts = countProjects(parsed.columns, {
      regionCodes: new Set(['SE22']),
      level: null,
    });
    expect(counts.total).toBe(2);
    expect([...counts.perRegionCode]).toEqual([2, 0]);
    expect([...counts.perLevel]).toEqual([1, 0, 0, 1]);
    const policy = countProjects(parsed.columns, { regionCodes: null, level: 'policy' });
    expect(policy.total).toBe(2);
  });

  it('names the column and row of a bad value', () => {
    const bad = columnsFile({
      region: { dictionary: ['SE22'], indices: [0, 7, 0], provenance: illustrative },
    });
    expect(() => parse(bad)).toThrow(
      new DatasetError({
        file: 'projects.json',
        kind: 'validation',
        location: 'columns.region.indices[1]',
        detail: 'expected an integer from 0 to 0, got 7',
      }),
    );
  });

  it('names the entry of a bad dictionary value', () => {
    const bad = columnsFile({
      country: { dictionary: ['SE', 'Sweden'], indices: [0, 1, 0], provenance: illustrative },
    });
    expect(() => parse(bad)).toThrow(/^projects\.json: columns\.country\.dictionary\[1\]: /);
  });

  it('checks free-text dictionaries by the same rule as their schema', () => {
    for (const value of ['', ' ', '\u0000', '\uD800', 'Malmö', 42, null, undefined, {}, ['a']]) {
      expect(allNonEmptyText([value]), JSON.stringify(value)).toBe(
        nonEmptyTextSchema.safeParse(value).success,
      );
    }
  });

  it('refuses a dictionary that is not an array, saying what it is', () => {
    const bad = columnsFile({
      owner: { dictionary: 'Malmö stad', indices: [0, 0, 0], provenance: illustrative },
    });
    expect(() => parse(bad)).toThrow(
      /^projects\.json: columns\.owner\.dictionary: Invalid input: expected array, received string$/,
    );
  });

  it('refuses an empty or non-text name in the dictionary, naming the entry', () => {
    const empty = columnsFile({
      name: { dictionary: ['Alfa', ''], indices: [0, 1, 0], provenance: illustrative },
    });
    expect(() => parse(empty)).toThrow(
      /^projects\.json: columns\.name\.dictionary\[1\]: Too small: expected string to have >=1 characters$/,
    );
    const notText = columnsFile({
      owner: { dictionary: [42], indices: [0, 0, 0], provenance: illustrative },
    });
    expect(() => parse(notText)).toThrow(/^projects\.json: columns\.owner\.dictionary\[0\]: /);
  });

  it('refuses an end before the start, and a forbidden key', () => {
    expect(() =>
      parse(columnsFile({ endDate: { days: [1, -1, 1], provenance: illustrative } })),
    ).toThrow(/columns\.endDate\.days\[0\]: the project GEN-001 ends/);
    for (const spelled of ['__proto__', '\\u005f_proto__']) {
      const text = JSON.stringify(columnsFile()).replace('"rowCount"', `"${spelled}":1,"rowCount"`);
      expect(() => parseDatasetText('projects', 'projects.json', text)).toThrow(
        /: __proto__: the key "__proto__" is not allowed/,
      );
    }
  });

  it('still reads the row form', () => {
    expect(parseDatasetText('projects', 'projects.json', JSON.stringify(rows)).form).toBe('rows');
  });

  it('counts per region and level together, and lists the matching rows', () => {
    const parsed = parse(columnsFile());
    if (parsed.form !== 'columns') throw new Error('expected columns');
    const counts = countProjects(parsed.columns, { regionCodes: null, level: null });
    // SE22 has rows 0 (policy) and 2 (individual); SE0 has row 1 (policy, collaboration).
    expect([...counts.perRegionLevel]).toEqual([1, 0, 0, 1, 1, 1, 0, 0]);
    expect([...matchingRows(parsed.columns, { regionCodes: null, level: 'policy' })]).toEqual([
      0, 1,
    ]);
    expect([
      ...matchingRows(parsed.columns, { regionCodes: new Set(['SE0']), level: null }),
    ]).toEqual([1]);
  });

  it('builds the rows of a columnar dataset only when asked for all of them', () => {
    const parsed = parse(columnsFile());
    if (parsed.form !== 'columns') throw new Error('expected columns');
    const { metadata, columns } = parsed;
    const dataset = datasetFromColumns(metadata, columns);
    expect(columnsOf(dataset)).toBe(columns);
    expect(projectsAt(dataset, [2]).map((project) => project.id)).toEqual(['GEN-003']);
    const rows = dataset.projects;
    expect(rows.map((project) => project.id)).toEqual(['GEN-001', 'GEN-002', 'GEN-003']);
    expect(dataset.projects).toBe(rows);
  });

  it('gives a row file the same columns as a columnar one', () => {
    const dataset = projectsDatasetSchema.parse(rows);
    const columns = columnsOf(dataset);
    expect(columnsOf(dataset)).toBe(columns);
    expect(columns.rowCount).toBe(dataset.projects.length);
    dataset.projects.forEach((project, row) => {
      const decoded = projectAt(
        {
          ...columns,
          provenance: { region: { provenance: project.region.provenance, exceptions: new Map() } },
        },
        row,
      );
      expect(decoded.region.value).toBe(project.region.value);
    });
    const counts = countProjects(columns, { regionCodes: null, level: 'individual' });
    expect(counts.total).toBe(
      dataset.projects.filter((project) => project.resultLevels.value.includes('individual'))
        .length,
    );
    expect(projectsAt(dataset, [3])[0]).toBe(dataset.projects[3]);
  });
});
