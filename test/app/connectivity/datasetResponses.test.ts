import { describe, expect, it, vi } from 'vitest';
import {
  datasetResponseTimes,
  recordDatasetResponse,
  subscribeToDatasetResponses,
} from '../../../src/app/connectivity/datasetResponses';

const URL = 'https://example.org/data/regions.json';

describe('dataset response reports', () => {
  it('keeps the latest report per dataset and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToDatasetResponses(listener);
    recordDatasetResponse({ type: 'dataset-response', url: URL, fetchedAt: 1000 });
    recordDatasetResponse({ type: 'dataset-response', url: URL, fetchedAt: null });
    expect(datasetResponseTimes().get(URL)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it("ignores other messages, such as the development mock worker's", () => {
    const before = datasetResponseTimes();
    recordDatasetResponse({ type: 'MOCKING_ENABLED' });
    recordDatasetResponse({ type: 'dataset-response', url: URL, fetchedAt: '10:15' });
    recordDatasetResponse(null);
    expect(datasetResponseTimes()).toBe(before);
  });
});
