import type { Provenance } from './provenanceSchema';
import type { Project, ProjectsDataset } from './projectsSchema';
import { RESULT_LEVELS, type ResultLevel } from './resultLevels';

/** The text fields a columnar projects file may hold, each dictionary-encoded. */
export const TEXT_COLUMNS = [
  'caseNumber',
  'name',
  'englishName',
  'owner',
  'country',
  'fund',
  'region',
  'programmeArea',
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];
export const DATE_COLUMNS = ['startDate', 'endDate'] as const;
export type DateColumn = (typeof DATE_COLUMNS)[number];
export type ValueColumn = TextColumn | DateColumn | 'resultLevels';
export const REQUIRED_COLUMNS = [
  'name',
  'owner',
  'country',
  'fund',
  'region',
  'resultLevels',
] as const satisfies readonly ValueColumn[];

/** A missing value in an index or day column. */
export const MISSING = -1;
const MS_PER_DAY = 86_400_000;

export interface ColumnProvenance {
  /** The provenance of every row that has no exception. */
  provenance: Provenance;
  /** Rows whose value has another provenance. */
  exceptions: ReadonlyMap<number, Provenance>;
}

/** Row ids written as a prefix and a zero-padded counter (`GEN-0000001`), or listed. */
export type IdColumn =
  | { kind: 'sequence'; prefix: string; first: number; digits: number }
  | { kind: 'values'; values: readonly string[] };

/**
 * The projects in memory as columns: one typed array per field (strings dictionary-encoded,
 * dates as days since 1970, result levels as bit masks in RESULT_LEVELS order), so filters and
 * counts run in one pass over numbers and a million rows fit in a few megabytes.
 */
export interface ProjectColumns {
  rowCount: number;
  ids: IdColumn;
  text: Record<TextColumn, { dictionary: readonly string[]; indices: Int32Array } | null>;
  days: Record<DateColumn, Int32Array | null>;
  levelMasks: Uint8Array;
  provenance: Partial<Record<ValueColumn, ColumnProvenance>>;
}

/** The dataset around the columns: everything of ProjectsDataset but the rows. */
export type ProjectsMetadata = Omit<ProjectsDataset, 'projects'>;

export function levelBit(level: ResultLevel): number {
  return 1 << RESULT_LEVELS.indexOf(level);
}

export function levelsFromMask(mask: number): ResultLevel[] {
  return RESULT_LEVELS.filter((_, index) => (mask & (1 << index)) !== 0);
}

export function isoDateFromDays(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysFromIsoDate(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function projectId(ids: IdColumn, row: number): string {
  if (ids.kind === 'values') return ids.values[row] ?? '';
  return `${ids.prefix}${String(ids.first + row).padStart(ids.digits, '0')}`;
}

export function provenanceAt(column: ColumnProvenance, row: number): Provenance {
  return column.exceptions.get(row) ?? column.provenance;
}

/** Row `row` as the app's Project record (fields the columns do not hold are left out). */
export function projectAt(columns: ProjectColumns, row: number): Project {
  const project: Record<string, unknown> = { id: projectId(columns.ids, row) };
  const withProvenance = (column: ValueColumn, value: unknown) => {
    const provenance = columns.provenance[column];
    if (provenance) project[column] = { value, provenance: provenanceAt(provenance, row) };
  };
  for (const column of TEXT_COLUMNS) {
    const text = columns.text[column];
    const index = text?.indices[row] ?? MISSING;
    if (text && index !== MISSING) withProvenance(column, text.dictionary[index]);
  }
  for (const column of DATE_COLUMNS) {
    const day = columns.days[column]?.[row] ?? MISSING;
    if (day !== MISSING) withProvenance(column, isoDateFromDays(day));
  }
  withProvenance('resultLevels', levelsFromMask(columns.levelMasks[row] ?? 0));
  return project as Project;
}

/** The typed arrays inside the columns, to hand to another thread without copying. */
export function transferableBuffers(columns: ProjectColumns): ArrayBuffer[] {
  const arrays = [
    ...TEXT_COLUMNS.map((column) => columns.text[column]?.indices),
    ...DATE_COLUMNS.map((column) => columns.days[column]),
    columns.levelMasks,
  ];
  return arrays.flatMap((array) => (array ? [array.buffer as ArrayBuffer] : []));
}

export interface ColumnFilter {
  /** Region codes to keep; null keeps every region. */
  regionCodes: ReadonlySet<string> | null;
  /** A level every kept row must report; null keeps rows whatever their levels. */
  level: ResultLevel | null;
}

export interface ColumnCounts {
  /** Matching projects per dictionary entry of the region column. */
  perRegionCode: Int32Array;
  /** Matching projects per result level, in RESULT_LEVELS order. */
  perLevel: Int32Array;
  /** Matching projects per region code and level: `[code * RESULT_LEVELS.length + level]`. */
  perRegionLevel: Int32Array;
  total: number;
}

/** Calls `visit` with each row (and its region's dictionary index) that passes the filter. */
function forEachMatch(
  columns: ProjectColumns,
  filter: ColumnFilter,
  visit: (row: number, code: number, mask: number) => void,
): void {
  const region = columns.text.region;
  const regionAllowed = Uint8Array.from(region?.dictionary ?? [], (code) =>
    filter.regionCodes === null || filter.regionCodes.has(code) ? 1 : 0,
  );
  const requiredBit = filter.level === null ? 0 : levelBit(filter.level);
  const indices = region?.indices;
  const masks = columns.levelMasks;
  for (let row = 0; row < columns.rowCount; row += 1) {
    const code = indices ? indices[row]! : MISSING;
    if (code === MISSING || regionAllowed[code] === 0) continue;
    const mask = masks[row]!;
    if ((mask & requiredBit) === requiredBit) visit(row, code, mask);
  }
}

/** Every combination of result levels a row can have: one bit per level. */
const LEVEL_MASKS = 1 << RESULT_LEVELS.length;
const countsByMask = new WeakMap<ProjectColumns, Int32Array>();

/**
 * How many rows have each region code and each exact combination of levels:
 * `[code * LEVEL_MASKS + mask]`. One pass, once per dataset; every count after it reads only
 * this table, so a filter change costs the same at a thousand projects as at a million.
 */
function regionMaskCounts(columns: ProjectColumns): Int32Array {
  const known = countsByMask.get(columns);
  if (known) return known;
  const regionCount = columns.text.region?.dictionary.length ?? 0;
  const counts = new Int32Array(regionCount * LEVEL_MASKS);
  const indices = columns.text.region?.indices;
  const masks = columns.levelMasks;
  if (indices) {
    for (let row = 0; row < columns.rowCount; row += 1) {
      const code = indices[row]!;
      if (code !== MISSING) counts[code * LEVEL_MASKS + masks[row]!]! += 1;
    }
  }
  countsByMask.set(columns, counts);
  return counts;
}

/** Counts the matching projects per region, per level and per both. */
export function countProjects(columns: ProjectColumns, filter: ColumnFilter): ColumnCounts {
  const dictionary = columns.text.region?.dictionary ?? [];
  const levelCount = RESULT_LEVELS.length;
  const perRegionCode = new Int32Array(dictionary.length);
  const perLevel = new Int32Array(levelCount);
  const perRegionLevel = new Int32Array(dictionary.length * levelCount);
  const requiredBit = filter.level === null ? 0 : levelBit(filter.level);
  const byMask = regionMaskCounts(columns);
  let total = 0;
  dictionary.forEach((code, index) => {
    if (filter.regionCodes !== null && !filter.regionCodes.has(code)) return;
    for (let mask = 0; mask < LEVEL_MASKS; mask += 1) {
      const rows = byMask[index * LEVEL_MASKS + mask]!;
      if (rows === 0 || (mask & requiredBit) !== requiredBit) continue;
      perRegionCode[index]! += rows;
      total += rows;
      for (let level = 0; level < levelCount; level += 1) {
        if (mask & (1 << level)) {
          perLevel[level]! += rows;
          perRegionLevel[index * levelCount + level]! += rows;
        }
      }
    }
  });
  return { perRegionCode, perLevel, perRegionLevel, total };
}

/** The indices of the rows that pass the filter, in file order. */
export function matchingRows(columns: ProjectColumns, filter: ColumnFilter): Int32Array {
  const rows = new Int32Array(columns.rowCount);
  let found = 0;
  forEachMatch(columns, filter, (row) => {
    rows[found] = row;
    found += 1;
  });
  return rows.slice(0, found);
}

function dictionaryEncode(values: readonly (string | undefined)[]) {
  const dictionary: string[] = [];
  const positions = new Map<string, number>();
  const indices = Int32Array.from(values, (value) => {
    if (value === undefined) return MISSING;
    let index = positions.get(value);
    if (index === undefined) {
      index = dictionary.push(value) - 1;
      positions.set(value, index);
    }
    return index;
  });
  return { dictionary, indices };
}

/** One value per column name, as a record keyed by the names. */
function byColumn<Column extends string, Value>(
  names: readonly Column[],
  valueOf: (name: Column) => Value,
): Record<Column, Value> {
  return Object.fromEntries(names.map((name) => [name, valueOf(name)])) as Record<Column, Value>;
}

/** The columns of a row file: what filters and counts read, built once per dataset. */
function columnsFromRows(projects: readonly Project[]): ProjectColumns {
  return {
    rowCount: projects.length,
    ids: { kind: 'values', values: projects.map((project) => project.id) },
    text: byColumn(TEXT_COLUMNS, (column) =>
      dictionaryEncode(projects.map((project) => project[column]?.value)),
    ),
    days: byColumn(DATE_COLUMNS, (column) =>
      Int32Array.from(projects, (project) => {
        const date = project[column]?.value;
        return date === undefined ? MISSING : daysFromIsoDate(date);
      }),
    ),
    levelMasks: Uint8Array.from(projects, (project) =>
      project.resultLevels.value.reduce((mask, level) => mask | levelBit(level), 0),
    ),
    provenance: {},
  };
}

const loadedColumns = new WeakMap<object, ProjectColumns>();
const publishedByColumn = new WeakMap<object, Map<ValueColumn, Uint8Array>>();

/** 1 for each row whose value in `column` is published (has a source), 0 otherwise. */
export function publishedRows(dataset: ProjectsDataset, column: ValueColumn): Uint8Array {
  const known = publishedByColumn.get(dataset) ?? new Map<ValueColumn, Uint8Array>();
  publishedByColumn.set(dataset, known);
  const cached = known.get(column);
  if (cached) return cached;
  const columns = loadedColumns.get(dataset);
  let published: Uint8Array;
  if (columns) {
    published = new Uint8Array(columns.rowCount);
    const provenance = columns.provenance[column];
    if (provenance) {
      if (provenance.provenance.kind === 'published') published.fill(1);
      for (const [row, exception] of provenance.exceptions) {
        published[row] = exception.kind === 'published' ? 1 : 0;
      }
    }
  } else {
    published = Uint8Array.from(dataset.projects, (project) =>
      project[column]?.provenance.kind === 'published' ? 1 : 0,
    );
  }
  known.set(column, published);
  return published;
}
const builtColumns = new WeakMap<object, ProjectColumns>();

/** The dataset as columns, for one-pass filters and counts whichever form it was loaded from. */
export function columnsOf(dataset: ProjectsDataset): ProjectColumns {
  const loaded = loadedColumns.get(dataset) ?? builtColumns.get(dataset);
  if (loaded) return loaded;
  const built = columnsFromRows(dataset.projects);
  builtColumns.set(dataset, built);
  return built;
}

/** The projects at `rows` as records, without building the others from a columnar file. */
export function projectsAt(dataset: ProjectsDataset, rows: ArrayLike<number>): Project[] {
  const columns = loadedColumns.get(dataset);
  return Array.from(rows, (row) =>
    columns ? projectAt(columns, row) : (dataset.projects[row] as Project),
  );
}

/**
 * The dataset of a columnar file. Its `projects` are built only when something first asks for
 * every row (the project table); filters and counts read the columns and never do.
 */
export function datasetFromColumns(
  metadata: ProjectsMetadata,
  columns: ProjectColumns,
): ProjectsDataset {
  let projects: Project[] | undefined;
  const dataset = Object.defineProperty({ ...metadata }, 'projects', {
    enumerable: true,
    get: () =>
      (projects ??= Array.from({ length: columns.rowCount }, (_, row) => projectAt(columns, row))),
  }) as ProjectsDataset;
  loadedColumns.set(dataset, columns);
  return dataset;
}
