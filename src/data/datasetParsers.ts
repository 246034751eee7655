import { collaborationsDatasetSchema } from './collaborationsSchema';
import { DatasetError } from './DatasetError';
import { IntegerArraySplitter, restoreIntegerArrays } from './integerArrays';
import {
  decodeText,
  findForbiddenKey,
  formatPath,
  mayHoldForbiddenKey,
  parseDataset,
  readJson,
} from './loadDataset';
import type { ProjectColumns, ProjectsMetadata } from './projectColumns';
import { decodeProjectsColumns, isColumnsFile } from './projectsColumnsFile';
import { projectsDatasetSchema, type ProjectsDataset } from './projectsSchema';
import { regionsDatasetSchema, type RegionsDataset } from './regionsSchema';
import { surveyDatasetSchema, type SurveyDataset } from './surveySchema';
import type { CollaborationsDataset } from './collaborationsSchema';

/** What each dataset parses to; projects come as rows or, from a columnar file, as columns. */
export interface ParsedDatasets {
  survey: SurveyDataset;
  regions: RegionsDataset;
  collaborations: CollaborationsDataset;
  projects:
    | { form: 'rows'; dataset: ProjectsDataset }
    | { form: 'columns'; metadata: ProjectsMetadata; columns: ProjectColumns };
}
export type DatasetName = keyof ParsedDatasets;

const ROW_SCHEMAS = {
  survey: surveyDatasetSchema,
  regions: regionsDatasetSchema,
  collaborations: collaborationsDatasetSchema,
} as const;

/** The same object with every array of plain values emptied: they cannot hold a key. */
function withoutPlainArrays(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const plain = value.every((item) => item === null || typeof item !== 'object');
    return plain ? [] : value.map(withoutPlainArrays);
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withoutPlainArrays(item)]),
  );
}

function refuseForbiddenKeys(file: string, text: string, raw: unknown): void {
  if (!mayHoldForbiddenKey(text)) return;
  const forbidden = findForbiddenKey(withoutPlainArrays(raw));
  if (forbidden) {
    throw new DatasetError({
      file,
      kind: 'validation',
      location: formatPath(forbidden),
      detail: `the key "${String(forbidden.at(-1))}" is not allowed`,
    });
  }
}

function parseProjects(file: string, text: string): ParsedDatasets['projects'] {
  const raw = readJson(file, text);
  if (!isColumnsFile(raw)) {
    return { form: 'rows', dataset: parseDataset(file, text, projectsDatasetSchema) };
  }
  refuseForbiddenKeys(file, text, raw);
  return { form: 'columns', ...decodeProjectsColumns(file, raw) };
}

/**
 * Below this size a file is parsed whole: JSON.parse reads a small file faster than the byte loops
 * of integerArrays.ts run before the engine has compiled them. Above it the split pays, as
 * Chromium's TextDecoder is slow on UTF-8 with any non-ASCII character (new page in Chromium,
 * request → chart, split against whole, interleaved pairs: 10k rows, 0.5 MB, +70 ms; 30k rows,
 * 1.1 MB, −17 ms; 100k rows, 3.3 MB, −100 ms).
 */
export const SPLIT_FROM_BYTES = 1024 * 1024;

/**
 * A columnar file's integer columns are read from the bytes and the rest is parsed as JSON (see
 * integerArrays.ts); whatever that path does not take, or a rest that fails to parse, goes the
 * whole file's way, so every error reads as it would have. `splitter` has read the bytes that
 * arrived before the last ones.
 */
function parseProjectsBytes(
  file: string,
  bytes: Uint8Array,
  splitFromBytes: number,
  splitter: IntegerArraySplitter | null,
): ParsedDatasets['projects'] {
  const wholeFile = () => parseProjects(file, decodeText(bytes));
  if (bytes.byteLength < splitFromBytes) return wholeFile();
  const split = (splitter ?? new IntegerArraySplitter()).finish(bytes);
  if (split.arrays.length === 0) return wholeFile();
  const restText = decodeText(split.rest);
  let rest: unknown;
  try {
    rest = readJson(file, restText);
  } catch {
    return wholeFile();
  }
  if (!isColumnsFile(rest)) return wholeFile();
  refuseForbiddenKeys(file, restText, rest);
  return { form: 'columns', ...decodeProjectsColumns(file, restoreIntegerArrays(rest, split)) };
}

/** Parses and validates a dataset's text, on whichever thread calls it. */
export function parseDatasetText<Name extends DatasetName>(
  name: Name,
  file: string,
  text: string,
): ParsedDatasets[Name] {
  if (name === 'projects') return parseProjects(file, text) as ParsedDatasets[Name];
  return parseDataset(
    file,
    text,
    ROW_SCHEMAS[name as keyof typeof ROW_SCHEMAS],
  ) as ParsedDatasets[Name];
}

/**
 * Decodes a dataset's bytes as UTF-8, then parses and validates it. A projects file from
 * `splitFromBytes` up has its integer columns read from the bytes.
 */
export function parseDatasetBytes<Name extends DatasetName>(
  name: Name,
  file: string,
  bytes: Uint8Array,
  splitFromBytes = SPLIT_FROM_BYTES,
  splitter: IntegerArraySplitter | null = null,
): ParsedDatasets[Name] {
  if (name === 'projects') {
    return parseProjectsBytes(file, bytes, splitFromBytes, splitter) as ParsedDatasets[Name];
  }
  return parseDatasetText(name, file, decodeText(bytes));
}

/**
 * A dataset's bytes as they arrive, in one buffer; a projects file's integer columns are read as
 * they come, once the file is large enough for that to pay (see parseProjectsBytes).
 */
export class ArrivingDataset<Name extends DatasetName> {
  private bytes: Uint8Array;
  private length = 0;
  private splitter: IntegerArraySplitter | null = null;
  readonly name: Name;
  private readonly file: string;
  private readonly splitFromBytes: number;

  /** `expectedBytes`: the length the server declared, if any, so the buffer need not grow. */
  constructor(name: Name, file: string, expectedBytes: number, splitFromBytes = SPLIT_FROM_BYTES) {
    this.name = name;
    this.file = file;
    this.splitFromBytes = splitFromBytes;
    this.bytes = new Uint8Array(expectedBytes > 0 ? expectedBytes : 64 * 1024);
  }

  add(chunk: Uint8Array): void {
    const needed = this.length + chunk.byteLength;
    if (needed > this.bytes.byteLength) {
      const grown = new Uint8Array(Math.max(needed, this.bytes.byteLength * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length = needed;
    if (this.name !== 'projects' || this.length < this.splitFromBytes) return;
    this.splitter ??= new IntegerArraySplitter();
    this.splitter.advance(this.bytes, this.length);
  }

  parse(): ParsedDatasets[Name] {
    const bytes = this.bytes.subarray(0, this.length);
    return parseDatasetBytes(this.name, this.file, bytes, this.splitFromBytes, this.splitter);
  }
}
