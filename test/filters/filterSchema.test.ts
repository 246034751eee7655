import { describe, expect, it } from 'vitest';
import { parseFilters, serializeFilters, type Filters } from '../../src/filters/filterSchema';

describe('parseFilters', () => {
  it('reads region, level and language', () => {
    expect(parseFilters({ region: 'SE-AB', level: 'policy', lang: 'en' })).toEqual({
      region: 'SE-AB',
      level: 'policy',
      lang: 'en',
    });
  });

  it('uses the defaults when nothing is given', () => {
    expect(parseFilters({})).toEqual({ region: null, level: null, lang: 'sv' });
  });

  it('drops each bad value on its own and keeps the good ones', () => {
    expect(parseFilters({ region: '<script>', level: 'policy', lang: 'fi' })).toEqual({
      region: null,
      level: 'policy',
      lang: 'sv',
    });
    expect(parseFilters({ region: 42, level: ['organisation'], lang: 'en' })).toEqual({
      region: null,
      level: null,
      lang: 'en',
    });
  });

  it('ignores keys inherited from Object.prototype', () => {
    const search = JSON.parse('{"__proto__": {"region": "SE11"}}') as Record<string, unknown>;
    expect(parseFilters(search).region).toBeNull();
  });
});

describe('serializeFilters', () => {
  it('leaves defaults out of the URL', () => {
    expect(serializeFilters({ region: null, level: null, lang: 'sv' })).toEqual({
      region: undefined,
      level: undefined,
      lang: undefined,
    });
  });

  it('round-trips every combination through parse', () => {
    const cases: Filters[] = [
      { region: 'SE33', level: 'individual', lang: 'en' },
      { region: 'SE0', level: null, lang: 'sv' },
      { region: null, level: 'collaboration', lang: 'sv' },
    ];
    for (const filters of cases) {
      const search = Object.fromEntries(
        Object.entries(serializeFilters(filters)).filter(([, value]) => value !== undefined),
      );
      expect(parseFilters(search)).toEqual(filters);
    }
  });
});
