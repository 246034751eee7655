import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collaborationsDatasetSchema } from '../../src/data/collaborationsSchema';
import { DatasetError } from '../../src/data/DatasetError';
import { parseDataset } from '../../src/data/loadDataset';
import { projectsDatasetSchema } from '../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import type { z } from '../../src/data/zod';

const dataFolder = path.resolve(import.meta.dirname, '..', '..', 'public', 'data');

/** Each bundled dataset with a path to an object at depth 0, 1, 2 and the deepest it has. */
const DATASETS: {
  file: string;
  schema: z.ZodType;
  objectPaths: (string | number)[][];
}[] = [
  {
    file: 'survey-2019.json',
    schema: surveyDatasetSchema,
    objectPaths: [[], ['method'], ['shares', 7], ['method', 'recipients', 'provenance']],
  },
  {
    file: 'regions.json',
    schema: regionsDatasetSchema,
    objectPaths: [[], ['title'], ['regions', 3], ['regions', 3, 'name']],
  },
  {
    file: 'collaborations.json',
    schema: collaborationsDatasetSchema,
    objectPaths: [[], ['sources', 0], ['examples', 5, 'sectors'], ['examples', 5, 'provenance']],
  },
  {
    file: 'projects.json',
    schema: projectsDatasetSchema,
    objectPaths: [
      [],
      ['projects', 0],
      ['projects', 0, 'name'],
      ['projects', 0, 'name', 'provenance'],
    ],
  },
];

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

function objectAt(root: unknown, objectPath: readonly (string | number)[]): object {
  let current = root;
  for (const key of objectPath) current = (current as Record<string | number, unknown>)[key];
  if (current === null || typeof current !== 'object') throw new Error('not an object');
  return current;
}

/** The dataset's text with `key` (an own, enumerable key, even `__proto__`) added at `objectPath`. */
function withKey(file: string, objectPath: readonly (string | number)[], key: string): string {
  const root: unknown = JSON.parse(readFileSync(path.join(dataFolder, file), 'utf8'));
  Object.defineProperty(objectAt(root, objectPath), key, {
    value: { polluted: true, toString: 'polluted' },
    enumerable: true,
  });
  return JSON.stringify(root);
}

function formatted(objectPath: readonly (string | number)[], key: string): string {
  return [...objectPath, key]
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`))
    .join('');
}

describe('keys that could pollute prototypes', () => {
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  for (const { file, schema, objectPaths } of DATASETS) {
    for (const objectPath of objectPaths) {
      for (const key of FORBIDDEN_KEYS) {
        const location = formatted(objectPath, key);
        it(`${file}: "${key}" at ${location} is rejected, naming file and path`, () => {
          const text = withKey(file, objectPath, key);
          expect(text).toContain(`"${key}":`);
          let caught: unknown;
          try {
            parseDataset(file, text, schema);
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(DatasetError);
          expect((caught as DatasetError).message).toBe(
            `${file}: ${location}: the key "${key}" is not allowed`,
          );
        });
      }
    }
  }

  it('a key inside an array of arrays is found too', () => {
    const text = JSON.stringify({ a: [[1, { b: [{}] }]] }).replace('{}', '{"__proto__":{}}');
    expect(() => parseDataset('deep.json', text, surveyDatasetSchema)).toThrow(
      'deep.json: a[0][1].b[0].__proto__: the key "__proto__" is not allowed',
    );
  });

  it('a key spelled with escapes is found too', () => {
    for (const [escaped, key] of [
      ['\\u005f\\u005fproto__', '__proto__'],
      ['constructo\\u0072', 'constructor'],
      ['\\u0070rototype', 'prototype'],
    ]) {
      const text = `{"a":[1,2],"b":{"${escaped}":{}}}`;
      expect(() => parseDataset('escaped.json', text, surveyDatasetSchema)).toThrow(
        `escaped.json: b.${key}: the key "${key}" is not allowed`,
      );
    }
  });

  it('the bundled datasets load without changing Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const { file, schema } of DATASETS) {
      parseDataset(file, readFileSync(path.join(dataFolder, file), 'utf8'), schema);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });
});
