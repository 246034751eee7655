import type { Provenance } from './provenanceSchema';
import type { Project, ProjectsDataset } from './projectsSchema';
import { RESULT_LEVELS, type ResultLevel } from './resultLevels';

/** The text fields a columnar projects file may hold, each dictionary-encoded. */
export const TEXT_COLUMNS = [
  'caseNumber',
  'name',
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

/** The rows as Project records, `chunkSize` at a time, yielding between chunks. */
export async function materializeProjects(
  columns: ProjectColumns,
  yieldToPage: () => Promise<void>,
  chunkSize = 5_000,
): Promise<Project[]> {
  const projects: Project[] = new Array<Project>(columns.rowCount);
  for (let start = 0; start < columns.rowCount; start += chunkSize) {
    const end = Math.min(columns.rowCount, start + chunkSize);
    for (let row = start; row < end; row += 1) projects[row] = projectAt(columns, row);
    if (end < columns.rowCount) await yieldToPage();
  }
  return projects;
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

export interface ColumnCounts {
  /** Matching projects per dictionary entry of the region column. */
  perRegionCode: Int32Array;
  /** Matching projects per result level, in RESULT_LEVELS order. */
  perLevel: Int32Array;
  total: number;
}

/**
 * Counts the projects per region and per result level in one pass, keeping only rows whose
 * region is in `regionCodes` (all when null) and whose levels include `level` (all when null).
 */
export function countProjects(
  columns: ProjectColumns,
  filter: { regionCodes: ReadonlySet<string> | null; level: ResultLevel | null },
): ColumnCounts {
  const region = columns.text.region;
  const dictionary = region?.dictionary ?? [];
  const regionAllowed = Uint8Array.from(dictionary, (code) =>
    filter.regionCodes === null || filter.regionCodes.has(code) ? 1 : 0,
  );
  const perRegionCode = new Int32Array(dictionary.length);
  const perLevel = new Int32Array(RESULT_LEVELS.length);
  const requiredBit = filter.level === null ? 0 : levelBit(filter.level);
  const indices = region?.indices;
  const masks = columns.levelMasks;
  let total = 0;
  for (let row = 0; row < columns.rowCount; row += 1) {
    const code = indices ? indices[row]! : MISSING;
    if (code === MISSING || regionAllowed[code] === 0) continue;
    const mask = masks[row]!;
    if ((mask & requiredBit) !== requiredBit) continue;
    perRegionCode[code]! += 1;
    total += 1;
    for (let level = 0; level < perLevel.length; level += 1) {
      if (mask & (1 << level)) perLevel[level]! += 1;
    }
  }
  return { perRegionCode, perLevel, total };
}

const columnsByDataset = new WeakMap<object, ProjectColumns>();

/** The columnar form a dataset was loaded from, for one-pass counts; undefined for row files. */
export function projectColumnsOf(dataset: ProjectsDataset): ProjectColumns | undefined {
  return columnsByDataset.get(dataset);
}

export function datasetFromColumns(
  metadata: ProjectsMetadata,
  columns: ProjectColumns,
  projects: Project[],
): ProjectsDataset {
  const dataset: ProjectsDataset = { ...metadata, projects };
  columnsByDataset.set(dataset, columns);
  return dataset;
}
