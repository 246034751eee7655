import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  parseProjectsSearch,
  serializeProjectsSearch,
  type ProjectsSearch,
} from '../../../src/features/projects/projectsSearch';

const defaults: ProjectsSearch = {
  query: '',
  sort: 'caseNumber',
  direction: 'asc',
  area: null,
  fund: null,
  nationalEverywhere: false,
};
const definedOnly = (search: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));

describe('parseProjectsSearch', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parseProjectsSearch({})).toEqual(defaults);
  });

  it('reads search, sort, direction, area, fund and the national option', () => {
    expect(
      parseProjectsSearch({
        q: 'malmö',
        sort: 'endDate',
        dir: 'desc',
        area: 'E',
        fund: 'ESF+',
        national: 'every',
      }),
    ).toEqual({
      query: 'malmö',
      sort: 'endDate',
      direction: 'desc',
      area: 'E',
      fund: 'ESF+',
      nationalEverywhere: true,
    });
  });

  it('reads a query of digits that the router parsed as a number', () => {
    expect(parseProjectsSearch({ q: 2022 }).query).toBe('2022');
  });

  it('falls back to the default for each bad value on its own', () => {
    expect(
      parseProjectsSearch({
        q: { text: 'x' },
        sort: 'budget',
        dir: 'up',
        area: 'G',
        fund: 'esf+',
        national: 'yes',
      }),
    ).toEqual(defaults);
    expect(parseProjectsSearch({ sort: 'owner', area: ['A'] })).toEqual({
      ...defaults,
      sort: 'owner',
    });
  });

  it('cuts an over-long query', () => {
    expect(parseProjectsSearch({ q: 'x'.repeat(500) }).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('ignores keys inherited from Object.prototype', () => {
    const search = JSON.parse('{"__proto__": {"sort": "name"}}') as Record<string, unknown>;
    expect(parseProjectsSearch(search).sort).toBe('caseNumber');
  });
});

describe('serializeProjectsSearch', () => {
  it('leaves the defaults out of the URL', () => {
    expect(definedOnly(serializeProjectsSearch(defaults))).toEqual({});
  });

  it('round-trips through parse', () => {
    const cases: ProjectsSearch[] = [
      { ...defaults, query: 'botkyrka', sort: 'name', direction: 'desc' },
      { ...defaults, area: 'C', fund: 'ERDF', nationalEverywhere: true },
      { ...defaults, direction: 'desc' },
      { ...defaults, sort: 'resultLevels' },
    ];
    for (const state of cases) {
      expect(parseProjectsSearch(definedOnly(serializeProjectsSearch(state)))).toEqual(state);
    }
  });

  it('uses short URL keys', () => {
    expect(
      definedOnly(
        serializeProjectsSearch({ ...defaults, query: 'a', sort: 'owner', direction: 'desc' }),
      ),
    ).toEqual({ q: 'a', sort: 'owner', dir: 'desc' });
  });
});
