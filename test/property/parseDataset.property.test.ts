import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { DatasetError } from '../../src/data/DatasetError';
import { parseDataset } from '../../src/data/loadDataset';
import { projectsDatasetSchema } from '../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import type { z } from '../../src/data/zod';

const RUNS = { anyText: 1000, anyJson: 500, mutations: 300, validEdits: 200 };

const dataFolder = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');
const DATASETS: [string, z.ZodType][] = [
  ['survey-2019.json', surveyDatasetSchema],
  ['regions.json', regionsDatasetSchema],
  ['collaborations.json', collaborationsDatasetSchema],
  ['projects.json', projectsDatasetSchema],
];
const bundledText = (file: string) => readFileSync(path.join(dataFolder, file), 'utf8');

/** Parses, and returns what came out: data, or the DatasetError. Anything else is thrown on. */
function outcome(file: string, text: string, schema: z.ZodType): unknown {
  try {
    return parseDataset(file, text, schema);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw new Error(`threw ${String(error)} rather than a DatasetError`, { cause: error });
  }
}

const datasetArbitrary = fc.constantFrom(...DATASETS);

/** JSON paths to every value of a document, for picking one to change. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Object.entries(value).flatMap(([key, child]) =>
    paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
  return [prefix, ...children];
}

function setAt(root: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
  (copy as Record<string | number, unknown>)[head!] = setAt(
    (root as Record<string | number, unknown>)[head!],
    rest,
    replacement,
  );
  return copy;
}

describe('parseDataset, for any input', () => {
  it('returns data or a DatasetError for any text', () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        fc.string({ unit: 'binary', maxLength: 400 }),
        ([file, schema], text) => {
          outcome(file, text, schema);
        },
      ),
      { numRuns: RUNS.anyText },
    );
  }, 30_000);

  it('returns data or a DatasetError for any JSON value', () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.jsonValue({ maxDepth: 6 }), ([file, schema], value) => {
        outcome(file, JSON.stringify(value) ?? 'null', schema);
      }),
      { numRuns: RUNS.anyJson },
    );
  });

  it('returns data or a DatasetError when any value of a bundled file is replaced', () => {
    const documents = DATASETS.map(([file, schema]) => {
      const root: unknown = JSON.parse(bundledText(file));
      return { file, schema, root, paths: paths(root) };
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.nat(),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom('__proto__', 'NaN', '', -1, '\uFFFD', 'o\u0308', Number.MAX_VALUE),
        ),
        ({ file, schema, root, paths: all }, index, replacement) => {
          const at = all[index % all.length]!;
          const result = outcome(file, JSON.stringify(setAt(root, at, replacement)), schema);
          if (result instanceof DatasetError) {
            expect(result.message.startsWith(`${file}`)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS.mutations },
    );
  }, 30_000);
});

describe('valid data', () => {
  it('always loads: bundled files with any project renamed, re-dated in order or re-counted', () => {
    const base = JSON.parse(bundledText('projects.json')) as {
      projects: Record<string, { value: unknown; provenance: unknown } | undefined>[];
    };
    const text = fc.string({ minLength: 1, maxLength: 80 }).filter((name) => name.trim() === name);
    fc.assert(
      fc.property(
        fc.nat({ max: base.projects.length - 1 }),
        text,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        fc.nat({ max: 3650 }),
        fc.nat({ max: 1_000_000 }),
        (index, name, start, days, participants) => {
          const data = structuredClone(base);
          const project = data.projects[index]!;
          const iso = (date: Date) => date.toISOString().slice(0, 10);
          const end = new Date(start.getTime() + days * 86_400_000);
          project.name = { value: name, provenance: { kind: 'illustrative' } };
          project.startDate = { value: iso(start), provenance: { kind: 'illustrative' } };
          project.endDate = { value: iso(end), provenance: { kind: 'illustrative' } };
          project.participants = { value: participants, provenance: { kind: 'illustrative' } };
          const parsed = parseDataset('projects.json', JSON.stringify(data), projectsDatasetSchema);
          expect(parsed.projects[index]!.name.value).toBe(name.normalize('NFC'));
        },
      ),
      { numRuns: RUNS.validEdits },
    );
  }, 30_000);

  it('always loads: survey shares of a region redistributed, still summing to 100', () => {
    const base = JSON.parse(bundledText('survey-2019.json')) as {
      shares: { region: string; share: number }[];
    };
    const regionIndices = base.shares.flatMap((share, index) =>
      share.region === 'SE' ? [index] : [],
    );
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1000 }), {
          minLength: regionIndices.length,
          maxLength: regionIndices.length,
        }),
        (weights) => {
          const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
          const data = structuredClone(base);
          // Whole percentages: the largest remainder goes to the first area.
          const shares = weights.map((weight) => Math.floor((weight / total) * 100));
          shares[0]! += 100 - shares.reduce((sum, share) => sum + share, 0);
          regionIndices.forEach((shareIndex, i) => (data.shares[shareIndex]!.share = shares[i]!));
          expect(() =>
            parseDataset('survey-2019.json', JSON.stringify(data), surveyDatasetSchema),
          ).not.toThrow();
        },
      ),
      { numRuns: RUNS.validEdits },
    );
  });
});
