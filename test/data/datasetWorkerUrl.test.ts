import { describe, expect, it } from 'vitest';
import {
  DATASET_WORKER_URL_POLICY,
  trustedDatasetWorkerUrl,
} from '../../src/data/datasetWorkerUrl';

const ORIGIN = 'https://dashboard.example';

describe('trustedDatasetWorkerUrl', () => {
  it('returns the URL itself where there are no Trusted Types', () => {
    expect(trustedDatasetWorkerUrl('/assets/datasetWorker-1.js', undefined, ORIGIN)).toBe(
      '/assets/datasetWorker-1.js',
    );
  });

  it('refuses a worker from another origin', () => {
    expect(() => trustedDatasetWorkerUrl('https://evil.example/w.js', undefined, ORIGIN)).toThrow(
      /same-origin/,
    );
  });

  it('creates the one allowed policy, which admits only the worker URL', () => {
    const rules: { createScriptURL?: (input: string) => string } = {};
    const factory = {
      createPolicy(name: string, given: { createScriptURL: (input: string) => string }) {
        expect(name).toBe(DATASET_WORKER_URL_POLICY);
        rules.createScriptURL = given.createScriptURL;
        return { createScriptURL: (input: string) => ({ trusted: given.createScriptURL(input) }) };
      },
    };
    expect(trustedDatasetWorkerUrl('/assets/datasetWorker-1.js', factory, ORIGIN)).toEqual({
      trusted: '/assets/datasetWorker-1.js',
    });
    expect(() => rules.createScriptURL?.('/assets/other.js')).toThrow(/dataset worker/);
  });
});
