import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/data/DatasetError';
import { formatPath, parseDataset } from '../../src/data/loadDataset';
import { surveyDatasetSchema } from '../../src/data/surveySchema';
import survey from '../../public/data/survey-2019.json';

const FILE = 'survey-2019.json';

function withShare(index: number, change: Record<string, unknown>) {
  return {
    ...survey,
    shares: survey.shares.map((share, i) => (i === index ? { ...share, ...change } : share)),
  };
}

function errorOf(text: string): DatasetError {
  try {
    parseDataset(FILE, text, surveyDatasetSchema);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the dataset to be rejected');
}

describe('parseDataset', () => {
  it('accepts the bundled survey', () => {
    expect(parseDataset(FILE, JSON.stringify(survey), surveyDatasetSchema).shares).toHaveLength(60);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    const parsed = parseDataset(FILE, `\uFEFF${JSON.stringify(survey)}`, surveyDatasetSchema);
    expect(parsed.areas).toHaveLength(12);
  });

  it('names the file, record and field of a share written as text', () => {
    const error = errorOf(JSON.stringify(withShare(3, { share: '15%' })));
    expect(error.message).toBe(
      'survey-2019.json: shares[3].share: expected a number between 0 and 100, got "15%"',
    );
    expect(error.location).toBe('shares[3].share');
    expect(error.retryable).toBe(false);
  });

  it('names a missing field', () => {
    const broken = { ...survey, areas: survey.areas.map(({ label: _label, ...rest }) => rest) };
    expect(errorOf(JSON.stringify(broken)).message).toMatch(
      /^survey-2019\.json: areas\[0\]\.label: expected object, but the field is missing/,
    );
  });

  it('rejects fields the contract does not have', () => {
    const extra = { ...survey, method: { ...survey.method, weights: [5, 4, 3, 2, 1] } };
    expect(errorOf(JSON.stringify(extra)).message).toBe(
      'survey-2019.json: method: unexpected field "weights"',
    );
  });

  it('rejects shares of a region that do not sum to 100', () => {
    expect(errorOf(JSON.stringify(withShare(0, { share: 16 }))).message).toBe(
      'survey-2019.json: shares[0].share: the shares of region SE sum to 101, not 100',
    );
  });

  it('rejects a share for an area that does not exist', () => {
    expect(errorOf(JSON.stringify(withShare(2, { area: 'astrology' }))).message).toMatch(
      /^survey-2019\.json: shares\[2\]\.area: unknown area "astrology"/,
    );
  });

  it('rejects a published value citing an unknown source', () => {
    const provenance = { kind: 'published', source: 'rumour', locator: 'somewhere' };
    expect(errorOf(JSON.stringify(withShare(1, { provenance }))).message).toMatch(
      /^survey-2019\.json: shares\[1\]\.provenance\.source: unknown source "rumour"/,
    );
  });

  it('rejects __proto__ keys anywhere in the file and leaves Object.prototype alone', () => {
    const text = JSON.stringify(survey).replace(
      '"method":{',
      '"method":{"__proto__":{"polluted":1},',
    );
    expect(errorOf(text).message).toBe(
      'survey-2019.json: method.__proto__: the key "__proto__" is not allowed',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains an HTML page served instead of JSON', () => {
    expect(errorOf('<!doctype html><title>Log in to the Wi-Fi</title>').message).toBe(
      'survey-2019.json: expected JSON but got an HTML page (a wrong address or a network login page?)',
    );
  });

  it('explains truncated JSON', () => {
    expect(errorOf(JSON.stringify(survey).slice(0, 200)).message).toMatch(
      /^survey-2019\.json: not valid JSON \(/,
    );
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets and fields with dots', () => {
    expect(formatPath(['shares', 3, 'provenance', 'source'])).toBe('shares[3].provenance.source');
    expect(formatPath([])).toBe('');
  });
});
