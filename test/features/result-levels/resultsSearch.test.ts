import { describe, expect, it } from 'vitest';
import {
  parseResultsSearch,
  serializeResultsSearch,
  type ResultsSearch,
} from '../../../src/features/result-levels/resultsSearch';

describe('parseResultsSearch', () => {
  it('defaults to highlighting, with national projects only under “national”', () => {
    expect(parseResultsSearch({})).toEqual({ levelMode: 'highlight', nationalEverywhere: false });
  });

  it('reads the level mode and the national option', () => {
    expect(parseResultsSearch({ levelMode: 'narrow', national: 'every' })).toEqual({
      levelMode: 'narrow',
      nationalEverywhere: true,
    });
  });

  it('falls back to the defaults on bad values, each on its own', () => {
    expect(parseResultsSearch({ levelMode: 'zoom', national: 'every' })).toEqual({
      levelMode: 'highlight',
      nationalEverywhere: true,
    });
    expect(parseResultsSearch({ levelMode: 'narrow', national: 'some' })).toEqual({
      levelMode: 'narrow',
      nationalEverywhere: false,
    });
    expect(parseResultsSearch({ levelMode: ['narrow'], national: true })).toEqual({
      levelMode: 'highlight',
      nationalEverywhere: false,
    });
  });

  it('ignores keys inherited from Object.prototype', () => {
    const search = JSON.parse('{"__proto__": {"levelMode": "narrow"}}') as Record<string, unknown>;
    expect(parseResultsSearch(search).levelMode).toBe('highlight');
  });
});

describe('serializeResultsSearch', () => {
  it('leaves the defaults out of the URL', () => {
    expect(serializeResultsSearch({ levelMode: 'highlight', nationalEverywhere: false })).toEqual({
      levelMode: undefined,
      national: undefined,
    });
  });

  it('round-trips every combination through parse', () => {
    const cases: ResultsSearch[] = [
      { levelMode: 'highlight', nationalEverywhere: false },
      { levelMode: 'narrow', nationalEverywhere: false },
      { levelMode: 'highlight', nationalEverywhere: true },
      { levelMode: 'narrow', nationalEverywhere: true },
    ];
    for (const state of cases) {
      const search = Object.fromEntries(
        Object.entries(serializeResultsSearch(state)).filter(([, value]) => value !== undefined),
      );
      expect(parseResultsSearch(search)).toEqual(state);
    }
  });
});
