import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { prefetchViewDatasets } from '../../src/app/viewDatasets';
import { regionsQuery, surveyQuery } from '../../src/data/queries';

describe('prefetchViewDatasets', () => {
  it('starts the first load of a view’s datasets, and never refreshes one already there', () => {
    const client = new QueryClient();
    const prefetch = vi.spyOn(client, 'prefetchQuery').mockResolvedValue(undefined);
    prefetchViewDatasets(client, '/survey');
    // The small region list first: the worker reads one file at a time.
    expect(prefetch.mock.calls.map(([query]) => query.queryKey)).toEqual([
      regionsQuery.queryKey,
      surveyQuery.queryKey,
    ]);

    prefetch.mockClear();
    // Loaded long ago (stale): a later filter change, which runs the loader again, leaves it be.
    client.setQueryData(surveyQuery.queryKey, {} as never, { updatedAt: 0 });
    prefetchViewDatasets(client, '/survey');
    expect(prefetch.mock.calls.map(([query]) => query.queryKey)).toEqual([regionsQuery.queryKey]);
  });
});
