import { describe, expect, it, vi } from 'vitest';
import {
  datasetResponseTimes,
  recordDatasetResponse,
  subscribeToDatasetResponses,
} from '../../src/data/datasetResponses';

const URL = 'https://example.org/data/regions.json';

describe('dataset response stamps', () => {
  it('keeps the latest stamp per dataset and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToDatasetResponses(listener);
    const before = datasetResponseTimes();
    recordDatasetResponse(URL, 1000);
    expect(datasetResponseTimes().get(URL)).toBe(1000);
    recordDatasetResponse(URL, null);
    expect(datasetResponseTimes().get(URL)).toBeNull();
    expect(datasetResponseTimes()).not.toBe(before);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    recordDatasetResponse(URL, 2000);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
