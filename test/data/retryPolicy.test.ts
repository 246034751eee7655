import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/data/DatasetError';
import { retryDelay, shouldRetry } from '../../src/data/queries';

const error = (kind: DatasetError['kind'], status?: number) =>
  new DatasetError({ file: 'f.json', kind, detail: 'x', status });

describe('retry policy', () => {
  it('retries network failures, time-outs, 5xx and 429 up to three times', () => {
    expect(shouldRetry(0, error('network'))).toBe(true);
    expect(shouldRetry(2, error('timeout'))).toBe(true);
    expect(shouldRetry(0, error('http', 503))).toBe(true);
    expect(shouldRetry(0, error('http', 429))).toBe(true);
    expect(shouldRetry(3, error('network'))).toBe(false);
  });

  it('never retries a 4xx or invalid data', () => {
    expect(shouldRetry(0, error('http', 404))).toBe(false);
    expect(shouldRetry(0, error('validation'))).toBe(false);
    expect(shouldRetry(0, error('format'))).toBe(false);
    expect(shouldRetry(0, new Error('anything else'))).toBe(false);
  });

  it('backs off exponentially up to 15 seconds', () => {
    expect([0, 1, 2, 3, 4, 5].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});
