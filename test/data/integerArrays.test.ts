import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProjects } from '../../bench/generate.mjs';
import {
  parseDatasetBytes,
  parseDatasetText,
  SPLIT_FROM_BYTES,
} from '../../src/data/datasetParsers';
import { DatasetError } from '../../src/data/DatasetError';
import {
  readIntegerArray,
  restoreIntegerArrays,
  splitIntegerArrays,
} from '../../src/data/integerArrays';
import metadata from '../../public/data/projects.json';

const bytesOf = (text: string) => new TextEncoder().encode(text);
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
      const fromBytes = parseDatasetBytes(
        'projects',
        'projects.json',
        bytesOf(text).buffer,
        splitFrom,
      );
      expect(fromBytes).toEqual(parseDatasetText('projects', 'projects.json', text));
      if (fromBytes.form !== 'columns') throw new Error('expected columns');
      expect(fromBytes.columns.rowCount).toBe(3000);
    }
  });

  it('fails with the same error as the text, naming the same column and row', () => {
    const bad = structuredClone(file) as unknown as { columns: { region: { indices: number[] } } };
    bad.columns.region.indices[2500] = 99;
    const texts = [
      JSON.stringify(bad),
      JSON.stringify(bad).replace('"rowCount"', '"__proto__":1,"rowCount"'),
      `${JSON.stringify(file).slice(0, -20)}`,
      JSON.stringify(file).replace('"masks":[', '"masks":[1.5,'),
    ];
    for (const text of texts) {
      const fromBytes = outcome(() =>
        parseDatasetBytes('projects', 'projects.json', bytesOf(text).buffer, SPLIT_ALWAYS),
      );
      expect(fromBytes).toBeInstanceOf(DatasetError);
      expect(fromBytes).toEqual(outcome(() => parseDatasetText('projects', 'projects.json', text)));
    }
  });
});
