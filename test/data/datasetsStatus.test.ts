import { describe, expect, it, vi } from 'vitest';
import { datasetsStatus, type DatasetQuery } from '../../src/data/datasetsStatus';

function query(overrides: Partial<DatasetQuery>): DatasetQuery {
  return {
    data: undefined,
    error: null,
    isPending: false,
    isError: false,
    refetch: vi.fn(),
    ...overrides,
  };
}

describe('datasetsStatus', () => {
  it('is pending while any dataset has not arrived', () => {
    const status = datasetsStatus([query({ data: {} }), query({ isPending: true })]);
    expect(status.pending).toBe(true);
    expect(status.loadError).toBeNull();
  });

  it('reports the first dataset that failed with nothing to show instead', () => {
    const first = new Error('projects.json: projects[7].endDate.value: …');
    const status = datasetsStatus([
      query({ isError: true, error: first }),
      query({ isError: true, error: new Error('regions.json') }),
    ]);
    expect(status.loadError).toBe(first);
    expect(status.refreshFailed).toBe(false);
  });

  it('keeps earlier data after a failed refresh and says it is stale', () => {
    const status = datasetsStatus([
      query({ data: {}, isError: true, error: new Error('HTTP 500') }),
      query({ data: {} }),
    ]);
    expect(status.loadError).toBeNull();
    expect(status.refreshFailed).toBe(true);
  });

  it('retries every dataset', () => {
    const queries = [query({}), query({})];
    datasetsStatus(queries).retry();
    for (const each of queries) expect(each.refetch).toHaveBeenCalledOnce();
  });
});
