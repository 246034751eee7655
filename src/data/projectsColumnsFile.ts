import { DatasetError } from './DatasetError';
import {
  DATE_COLUMNS,
  MISSING,
  REQUIRED_COLUMNS,
  TEXT_COLUMNS,
  daysFromIsoDate,
  isoDateFromDays,
  projectId,
  type ColumnProvenance,
  type IdColumn,
  type ProjectColumns,
  type ProjectsMetadata,
  type TextColumn,
  type ValueColumn,
} from './projectColumns';
import { extremesOf, type Extremes } from './integerArrays';
import { provenanceSchema, type Provenance } from './provenanceSchema';
import { nonEmptyTextSchema, projectSchema, projectsDatasetSchema } from './projectsSchema';
import { RESULT_LEVELS } from './resultLevels';
import { z } from './zod';

/**
 * The compact form of projects.json for large registries: the same dataset, one array per field.
 *
 * ```json
 * { "dataset": "projects", "encoding": "columns", "rowCount": 2, "title": …, "sources": …,
 *   "resultLevels": …, "programmeAreas": …,
 *   "columns": {
 *     "id": { "prefix": "GEN-", "first": 1, "digits": 7 },          (or { "values": [ids] })
 *     "name": { "dictionary": ["A", "B"], "indices": [0, 1], "provenance": {…},
 *               "exceptions": [[1, {…provenance of row 1}]] },      (-1: no value)
 *     "startDate": { "days": [19000, -1], "provenance": {…} },    (days since 1970-01-01)
 *     "resultLevels": { "masks": [5, 0], "provenance": {…} } } }  (bit i: RESULT_LEVELS[i])
 * ```
 */
export const COLUMNS_ENCODING = 'columns';

export function isColumnsFile(raw: unknown): boolean {
  return (
    raw !== null &&
    typeof raw === 'object' &&
    (raw as Record<string, unknown>).encoding === COLUMNS_ENCODING
  );
}

const { dataset, title, sources, resultLevels, programmeAreas } = projectsDatasetSchema.shape;
const metadataSchema = z.strictObject({
  dataset,
  title,
  sources,
  resultLevels,
  programmeAreas,
  encoding: z.literal(COLUMNS_ENCODING),
  rowCount: z.int().nonnegative(),
  columns: z.record(z.string(), z.unknown()),
});

const exceptionsSchema = z.array(z.tuple([z.int().nonnegative(), provenanceSchema]));
const idColumnSchema = z.union([
  z.strictObject({
    prefix: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/),
    first: z.int().nonnegative(),
    digits: z.int().min(1).max(15),
  }),
  z.strictObject({ values: z.array(z.string()) }),
]);
const valueColumnSchema = z.strictObject({
  provenance: provenanceSchema,
  exceptions: exceptionsSchema.optional(),
  // An array, checked by dictionaryOf: zod's look at each of thousands of entries takes long.
  dictionary: z.unknown().optional(),
  indices: z.unknown().optional(),
  days: z.unknown().optional(),
  masks: z.unknown().optional(),
});

/** The schema of one value, as the row form validates it: `name` -> nonEmptyTextSchema. */
function valueSchemaOf(column: ValueColumn): z.ZodType {
  const fieldSchema = projectSchema.shape[column];
  const required = fieldSchema instanceof z.ZodOptional ? fieldSchema.unwrap() : fieldSchema;
  return (required as z.ZodObject<{ value: z.ZodType }>).shape.value;
}

/** True when every value is a string that is not empty: what `nonEmptyTextSchema` accepts. */
export function allNonEmptyText(values: readonly unknown[]): boolean {
  for (const value of values) {
    if (typeof value !== 'string' || value.length === 0) return false;
  }
  return true;
}

/**
 * A dictionary of free text (names, owners) is checked in a plain loop: it holds thousands of
 * values, and zod's check of each one, in a worker that has just started, took 25–65 ms of the
 * 10k-row file's parse in Chromium. Any other dictionary, or one the loop refuses, goes to zod,
 * which names the value and the problem.
 */
function checkDictionary(
  file: string,
  location: string,
  column: TextColumn,
  dictionary: unknown[],
) {
  const schema = valueSchemaOf(column);
  if (schema === nonEmptyTextSchema && allNonEmptyText(dictionary)) return;
  check(file, location, z.array(schema), dictionary);
}

/** A column's dictionary (an empty one where it has none); anything but an array fails as zod names it. */
function dictionaryOf(file: string, location: string, value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : check(file, location, z.array(z.unknown()), value);
}

function fail(file: string, location: string, detail: string): never {
  throw new DatasetError({ file, kind: 'validation', location, detail });
}

/** Validates with zod, reporting the first problem at `location` + its path. */
function check<Schema extends z.ZodType>(
  file: string,
  location: string,
  schema: Schema,
  value: unknown,
): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? [])
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('');
  return fail(file, `${location}${path}`, issue?.message ?? 'invalid');
}

type IntegerRange = { min: number; max: number; optional: boolean };

/** Whether every value of an array with these extremes is in `range` or, where allowed, MISSING. */
function inRange({ min, nextMin, max }: Extremes, range: IntegerRange): boolean {
  if (max > range.max) return false;
  if (min >= range.min) return true;
  return range.optional && min === MISSING && nextMin >= range.min;
}

/** An array of integers in [min, max] (or MISSING where `optional`) as a typed array. */
function integerArray<Typed extends Int32Array | Uint8Array>(
  file: string,
  location: string,
  value: unknown,
  rowCount: number,
  range: IntegerRange,
  Type: new (length: number) => Typed,
): Typed {
  // An Int32Array: the column as integerArrays.ts read it from the file's bytes.
  const isArray = Array.isArray(value) || value instanceof Int32Array;
  if (!isArray || value.length !== rowCount) {
    fail(file, location, `expected an array of ${rowCount} integers, one per row`);
  }
  // Where the reader saw every value in range, its array is the column (a fresh copy of a million
  // values costs more than the check), or is copied as a block into a narrower type.
  const extremes = value instanceof Int32Array ? extremesOf(value) : undefined;
  if (extremes && inRange(extremes, range)) {
    if (value instanceof Type) return value;
    const narrower = new Type(rowCount);
    narrower.set(value as Int32Array);
    return narrower;
  }
  const typed = new Type(rowCount);
  for (let row = 0; row < rowCount; row += 1) {
    const item: unknown = value[row];
    const ok =
      typeof item === 'number' &&
      Number.isInteger(item) &&
      ((item >= range.min && item <= range.max) || (range.optional && item === MISSING));
    if (!ok) {
      fail(
        file,
        `${location}[${row}]`,
        `expected an integer from ${range.min} to ${range.max}${range.optional ? ` or ${MISSING}` : ''}, got ${JSON.stringify(item)}`,
      );
    }
    typed[row] = item as number;
  }
  return typed;
}

function columnProvenance(
  file: string,
  location: string,
  column: z.infer<typeof valueColumnSchema>,
  rowCount: number,
): ColumnProvenance {
  const exceptions = new Map<number, Provenance>();
  (column.exceptions ?? []).forEach(([row, provenance], index) => {
    if (row >= rowCount) fail(file, `${location}.exceptions[${index}][0]`, 'no such row');
    exceptions.set(row, provenance);
  });
  return { provenance: column.provenance, exceptions };
}

function decodeIds(file: string, raw: unknown, rowCount: number): IdColumn {
  const ids = check(file, 'columns.id', idColumnSchema, raw);
  if ('values' in ids) {
    if (ids.values.length !== rowCount) {
      fail(file, 'columns.id.values', `expected ${rowCount} ids, one per row`);
    }
    return { kind: 'values', values: ids.values };
  }
  return { kind: 'sequence', ...ids };
}

/**
 * Validates a parsed columnar projects file and decodes it into typed arrays. Every value is
 * checked with the same rules as the row form; a failure names the column and the row.
 */
export function decodeProjectsColumns(
  file: string,
  raw: unknown,
): { metadata: ProjectsMetadata; columns: ProjectColumns } {
  const parsed = check(file, '', metadataSchema, raw);
  const { rowCount, columns: rawColumns } = parsed;
  const metadata: ProjectsMetadata = {
    dataset: parsed.dataset,
    title: parsed.title,
    sources: parsed.sources,
    resultLevels: parsed.resultLevels,
    programmeAreas: parsed.programmeAreas,
  };
  const known = new Set<string>(['id', ...TEXT_COLUMNS, ...DATE_COLUMNS, 'resultLevels']);
  for (const name of Object.keys(rawColumns)) {
    if (!known.has(name)) fail(file, `columns.${name}`, `unexpected column "${name}"`);
  }
  for (const name of ['id', ...REQUIRED_COLUMNS]) {
    if (!Object.hasOwn(rawColumns, name)) {
      fail(file, `columns.${name}`, 'expected this column, but it is missing');
    }
  }
  const columns: ProjectColumns = {
    rowCount,
    ids: decodeIds(file, rawColumns.id, rowCount),
    text: Object.fromEntries(TEXT_COLUMNS.map((name) => [name, null])) as ProjectColumns['text'],
    days: { startDate: null, endDate: null },
    levelMasks: new Uint8Array(rowCount),
    provenance: {},
  };
  const present = (name: ValueColumn) => Object.hasOwn(rawColumns, name);
  const columnAt = (name: ValueColumn) => {
    const location = `columns.${name}`;
    const column = check(file, location, valueColumnSchema, rawColumns[name]);
    columns.provenance[name] = columnProvenance(file, location, column, rowCount);
    return { location, column };
  };

  for (const name of TEXT_COLUMNS.filter(present)) {
    const { location, column } = columnAt(name);
    const dictionary = dictionaryOf(file, `${location}.dictionary`, column.dictionary);
    checkDictionary(file, `${location}.dictionary`, name, dictionary);
    const indices = integerArray(
      file,
      `${location}.indices`,
      column.indices,
      rowCount,
      { min: 0, max: dictionary.length - 1, optional: !REQUIRED_COLUMNS.includes(name as never) },
      Int32Array,
    );
    columns.text[name] = { dictionary: dictionary as string[], indices };
  }
  for (const name of DATE_COLUMNS.filter(present)) {
    const { location, column } = columnAt(name);
    columns.days[name] = integerArray(
      file,
      `${location}.days`,
      column.days,
      rowCount,
      { min: daysFromIsoDate('1900-01-01'), max: daysFromIsoDate('2199-12-31'), optional: true },
      Int32Array,
    );
  }
  const levels = columnAt('resultLevels');
  columns.levelMasks = integerArray(
    file,
    `${levels.location}.masks`,
    levels.column.masks,
    rowCount,
    { min: 0, max: (1 << RESULT_LEVELS.length) - 1, optional: false },
    Uint8Array,
  );

  checkRows(file, columns);
  checkSources(file, metadata, columns);
  return { metadata, columns };
}

/** What the row form's dataset refinement checks across rows: unique ids, no end before start. */
function checkRows(file: string, columns: ProjectColumns): void {
  const { ids, days } = columns;
  if (ids.kind === 'values') {
    const seen = new Set<string>();
    const idSchema = projectSchema.shape.id;
    ids.values.forEach((id, row) => {
      check(file, `columns.id.values[${row}]`, idSchema, id);
      if (seen.has(id)) fail(file, `columns.id.values[${row}]`, `duplicate project id "${id}"`);
      seen.add(id);
    });
  }
  const { startDate: start, endDate: end } = days;
  if (!start || !end) return;
  for (let row = 0; row < columns.rowCount; row += 1) {
    if (start[row] !== MISSING && end[row] !== MISSING && end[row]! < start[row]!) {
      fail(
        file,
        `columns.endDate.days[${row}]`,
        `the project ${projectId(ids, row)} ends (${isoDateFromDays(end[row]!)}) before it starts (${isoDateFromDays(start[row]!)})`,
      );
    }
  }
}

/** Every published provenance must cite a source the file lists. */
function checkSources(file: string, metadata: ProjectsMetadata, columns: ProjectColumns): void {
  const cited: [string, Provenance][] = [
    ...metadata.resultLevels.map((level, index): [string, Provenance] => [
      `resultLevels[${index}].provenance`,
      level.provenance,
    ]),
    ...metadata.programmeAreas.map((area, index): [string, Provenance] => [
      `programmeAreas[${index}].provenance`,
      area.provenance,
    ]),
  ];
  for (const [name, column] of Object.entries(columns.provenance)) {
    cited.push([`columns.${name}.provenance`, column.provenance]);
    for (const [row, provenance] of column.exceptions) {
      cited.push([`columns.${name}.exceptions[row ${row}]`, provenance]);
    }
  }
  const known = new Set(metadata.sources.map((source) => source.id));
  for (const [location, provenance] of cited) {
    if (provenance.kind === 'published' && !known.has(provenance.source)) {
      fail(
        file,
        `${location}.source`,
        `unknown source "${provenance.source}" (known: ${[...known].join(', ')})`,
      );
    }
  }
}
