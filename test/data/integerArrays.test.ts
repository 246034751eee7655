import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProjects } from '../../bench/generate.mjs';
import {
  ArrivingDataset,
  parseDatasetBytes,
  parseDatasetText,
  SPLIT_FROM_BYTES,
} from '../../src/data/datasetParsers';
import { DatasetError } from '../../src/data/DatasetError';
import {
  extremesOf,
  IntegerArraySplitter,
  readIntegerArray,
  restoreIntegerArrays,
} from '../../src/data/integerArrays';
import metadata from '../../public/data/projects.json';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const splitIntegerArrays = (bytes: Uint8Array, minBytes: number) =>
  new IntegerArraySplitter(minBytes).finish(bytes);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Typed arrays as plain ones, and -0 as 0 (an Int32Array has no -0; no column tells them apart). */
function plain(value: unknown): unknown {
  if (value instanceof Int32Array) return Array.from(value);
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

/** What the split path gives for a JSON text (the rest parsed, the arrays put back), as plain JSON. */
function splitAndParse(text: string, minBytes: number): unknown {
  const split = splitIntegerArrays(bytesOf(text), minBytes);
  return plain(restoreIntegerArrays(JSON.parse(decode(split.rest)), split));
}

const parsed = (text: string) => plain(JSON.parse(text));

/** Data or the error, from the bytes path (the worker's) and from the text path. */
function outcome(parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
}

describe('integer arrays read from bytes', () => {
  it('reads an array of integers, with signs and spaces, and where it ends', () => {
    const text = 'x[ -3, 0,17 ,\n2147483647]y';
    expect(readIntegerArray(bytesOf(text), 1)).toEqual({
      values: Int32Array.of(-3, 0, 17, 2147483647),
      end: text.indexOf('y'),
    });
  });

  it('leaves to JSON.parse what it cannot read exactly', () => {
    for (const text of [
      '[]',
      '[1.5]',
      '[1e3]',
      '[01]',
      '[1,]',
      '[1,,2]',
      '[-]',
      '[2147483648]',
      '[-2147483648]',
      '[12345678901]',
      '["1"]',
      '[1 2]',
      '[1',
    ]) {
      expect(readIntegerArray(bytesOf(text), 0), text).toBeNull();
    }
  });

  it('takes only long arrays outside strings, and puts them back where they were', () => {
    const long = Array.from({ length: 400 }, (_, index) => index * 7 - 50);
    const text = JSON.stringify({
      name: 'Malmö [1,2,3] "quoted" \\ [4]',
      short: [1, 2, 3],
      nested: [{ long }, [long, [5]]],
    });
    const split = splitIntegerArrays(bytesOf(text), 1024);
    expect(split.arrays).toEqual([Int32Array.from(long), Int32Array.from(long)]);
    const rest = decode(split.rest);
    expect(rest).toContain('Malmö [1,2,3] \\"quoted\\" \\\\ [4]');
    expect(rest).toContain('"short":[1,2,3]');
    expect(rest.length).toBeLessThan(200);
    expect(plain(restoreIntegerArrays(JSON.parse(rest), split))).toEqual(parsed(text));
  });

  it('gives what JSON.parse gives, for any JSON', () => {
    fc.assert(
      fc.property(fc.json(), fc.integer({ min: 1, max: 64 }), (text, minBytes) => {
        expect(splitAndParse(text, minBytes)).toEqual(parsed(text));
      }),
      { numRuns: 500 },
    );
    const withIntegerArrays = fc.record({
      any: fc.jsonValue(),
      integers: fc.array(fc.array(fc.integer())),
      large: fc.array(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))),
    });
    fc.assert(
      fc.property(
        withIntegerArrays,
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (value, spaced, minBytes) => {
          const text = JSON.stringify(value, null, spaced ? 1 : undefined);
          expect(splitAndParse(text, minBytes)).toEqual(parsed(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads the same as the bytes arrive, however they are cut', () => {
    const arriving = fc.record({
      value: fc.record({
        text: fc.string({ unit: 'binary' }),
        integers: fc.array(fc.array(fc.integer(), { minLength: 1 })),
        any: fc.jsonValue(),
      }),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      minBytes: fc.integer({ min: 1, max: 64 }),
    });
    fc.assert(
      fc.property(arriving, ({ value, cuts, minBytes }) => {
        const bytes = bytesOf(JSON.stringify(value));
        const splitter = new IntegerArraySplitter(minBytes);
        const ends = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
          (a, b) => a - b,
        );
        // Each call may see a new copy of the bytes so far, as a growing buffer gives, with room
        // (zeros) after them, as a buffer sized for the whole file has.
        const padded = new Uint8Array(bytes.length + 64);
        for (const end of ends) {
          padded.set(bytes.subarray(0, end));
          splitter.advance(padded.slice(), end);
        }
        const streamed = splitter.finish(bytes);
        const whole = splitIntegerArrays(bytes, minBytes);
        expect(streamed.arrays).toEqual(whole.arrays);
        expect(decode(streamed.rest).replaceAll(streamed.markerKey, 'marker')).toBe(
          decode(whole.rest).replaceAll(whole.markerKey, 'marker'),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('remembers the two smallest values and the largest of each array it takes out', () => {
    const long = Array.from({ length: 300 }, (_, index) => ((index * 37) % 301) - 7);
    const split = splitIntegerArrays(bytesOf(JSON.stringify({ long, short: [1] })), 64);
    expect(split.arrays).toHaveLength(1);
    const sorted = [...new Set(long)].sort((a, b) => a - b);
    expect(extremesOf(split.arrays[0]!)).toEqual({
      min: sorted[0],
      nextMin: sorted[1],
      max: sorted.at(-1),
    });
    expect(extremesOf(Int32Array.of(1, 2))).toBeUndefined();
  });

  it('does not take a marker written into the file for one of its own', () => {
    const long = Array.from({ length: 300 }, (_, index) => index);
    const text = JSON.stringify({ spoof: { 'integer-array-0': 0 }, long });
    expect(splitAndParse(text, 1024)).toEqual(parsed(text));
  });
});

describe('a columnar projects file read from its bytes', () => {
  const file = generateProjects(3000, 11, metadata);

  // A file this small is parsed whole unless the split is asked for from 0 bytes.
  const SPLIT_ALWAYS = 0;

  it('decodes to the same columns as the text, split or whole', () => {
    const text = JSON.stringify(file);
    for (const splitFrom of [SPLIT_ALWAYS, SPLIT_FROM_BYTES]) {
      const fromBytes = parseDatasetBytes('projects', 'projects.json', bytesOf(text), splitFrom);
      expect(fromBytes).toEqual(parseDatasetText('projects', 'projects.json', text));
      if (fromBytes.form !== 'columns') throw new Error('expected columns');
      expect(fromBytes.columns.rowCount).toBe(3000);
    }
  });

  it('decodes the same when the file arrives in chunks, whatever length was declared', () => {
    const text = JSON.stringify(file);
    const bytes = bytesOf(text);
    const cases = [
      { declared: 0, splitFrom: SPLIT_ALWAYS },
      { declared: bytes.length, splitFrom: 5000 },
      { declared: 10, splitFrom: SPLIT_FROM_BYTES },
    ];
    for (const { declared, splitFrom } of cases) {
      const arriving = new ArrivingDataset('projects', 'projects.json', declared, splitFrom);
      for (let at = 0; at < bytes.length; at += 7777) arriving.add(bytes.slice(at, at + 7777));
      expect(arriving.parse()).toEqual(parseDatasetText('projects', 'projects.json', text));
    }
  });

  it('fails with the same error as the text, naming the same column and row', () => {
    type Indices = { indices: number[] };
    const withIndex = (column: 'region' | 'name' | 'programmeArea', row: number, index: number) => {
      const bad = structuredClone(file) as unknown as { columns: Record<string, Indices> };
      bad.columns[column]!.indices[row] = index;
      return JSON.stringify(bad);
    };
    const texts = [
      withIndex('region', 2500, 99),
      // No value (-1) where a value is required, and a value below -1 beside -1 where it is not.
      withIndex('name', 1200, -1),
      withIndex('programmeArea', 1200, -2),
      withIndex('region', 2500, 99).replace('"rowCount"', '"__proto__":1,"rowCount"'),
      `${JSON.stringify(file).slice(0, -20)}`,
      JSON.stringify(file).replace('"masks":[', '"masks":[1.5,'),
    ];
    for (const text of texts) {
      const fromBytes = outcome(() =>
        parseDatasetBytes('projects', 'projects.json', bytesOf(text), SPLIT_ALWAYS),
      );
      expect(fromBytes).toBeInstanceOf(DatasetError);
      expect(fromBytes).toEqual(outcome(() => parseDatasetText('projects', 'projects.json', text)));
    }
  });
});
