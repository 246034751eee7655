import { describe, expect, it } from 'vitest';
import {
  formatFetchedAt,
  shownDataFetchedAt,
  type HeldDataset,
} from '../../../src/app/connectivity/dataFreshness';

const at = (time: string) => Date.parse(`2026-11-24T${time}+01:00`);
const SURVEY = 'http://localhost/data/survey-2019.json';
const REGIONS = 'http://localhost/data/regions.json';

const held = (url: string, dataUpdatedAt: number, shown = true): HeldDataset => ({
  url,
  dataUpdatedAt,
  shown,
});

describe('shownDataFetchedAt', () => {
  it('is when the query received its data, when no service worker reported on it', () => {
    expect(shownDataFetchedAt([held(SURVEY, at('10:15'))], new Map())).toBe(at('10:15'));
  });

  it('is when the cached copy was fetched, when the service worker answered from its cache', () => {
    const reports = new Map([[SURVEY, at('09:02')]]);
    expect(shownDataFetchedAt([held(SURVEY, at('10:15'))], reports)).toBe(at('09:02'));
  });

  it('ignores a report newer than the data, whose answer the query has not taken', () => {
    const reports = new Map([[SURVEY, at('10:30')]]);
    expect(shownDataFetchedAt([held(SURVEY, at('10:15'))], reports)).toBe(at('10:15'));
  });

  it('is the oldest of the datasets on screen, leaving out those no view shows', () => {
    const datasets = [
      held(SURVEY, at('10:15')),
      held(REGIONS, at('09:40')),
      held('http://localhost/data/projects.json', at('08:00'), false),
    ];
    expect(shownDataFetchedAt(datasets, new Map())).toBe(at('09:40'));
  });

  it('says the time is unknown when a shown copy has no known age', () => {
    const reports = new Map([[REGIONS, null]]);
    expect(
      shownDataFetchedAt([held(SURVEY, at('10:15')), held(REGIONS, at('10:15'))], reports),
    ).toBe('unknown');
  });

  it('is null when no data is on screen', () => {
    expect(shownDataFetchedAt([], new Map())).toBeNull();
    expect(shownDataFetchedAt([held(SURVEY, at('10:15'), false)], new Map())).toBeNull();
  });
});

describe('formatFetchedAt', () => {
  it('gives hours and minutes on the same day, in each language', () => {
    expect(formatFetchedAt(at('09:05'), at('14:00'), 'sv')).toBe('09:05');
    expect(formatFetchedAt(at('21:45'), at('23:59'), 'en')).toBe('21:45');
  });

  it('adds the date when the data is from an earlier day', () => {
    const nextMorning = Date.parse('2026-11-25T08:00+01:00');
    expect(formatFetchedAt(at('21:45'), nextMorning, 'sv')).toBe('24 nov. 21:45');
    expect(formatFetchedAt(at('21:45'), nextMorning, 'en')).toBe('24 Nov, 21:45');
  });
});
