import { describe, expect, it } from 'vitest';
import regionsFile from '../../../public/data/regions.json';
import surveyFile from '../../../public/data/survey-2019.json';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import { surveyDatasetSchema } from '../../../src/data/surveySchema';
import {
  nationalRanking,
  rankShares,
  regionComparison,
} from '../../../src/features/survey-priorities/surveySeries';

const survey = surveyDatasetSchema.parse(surveyFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);

describe('rankShares', () => {
  it('gives equal shares the same rank and skips the next (competition ranking)', () => {
    const ranked = rankShares([
      { id: 'a', share: 9 },
      { id: 'b', share: 15 },
      { id: 'c', share: 9 },
      { id: 'd', share: 7.5 },
    ]);
    expect(ranked.map(({ id, rank, tied }) => [id, rank, tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('ranks nothing as nothing', () => {
    expect(rankShares([])).toEqual([]);
  });
});

describe('nationalRanking', () => {
  it('ranks the 12 published areas as the source does, with a shared 5th place', () => {
    const ranking = nationalRanking(survey, 'en');
    expect(ranking.map((area) => area.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12]);
    expect(ranking[0]).toMatchObject({ label: 'Cross-sector collaboration', share: 15 });
    expect(ranking.filter((area) => area.tied).map((area) => area.label)).toEqual([
      'Financing solutions for social investment',
      'Innovation-friendly procurement and partnership models',
    ]);
    expect(ranking.every((area) => area.provenance.kind === 'published')).toBe(true);
  });
});

describe('regionComparison', () => {
  it('shows national figures only when no region is chosen', () => {
    expect(regionComparison(survey, regions, null, 'sv')).toEqual({ kind: 'national' });
  });

  it('treats an unknown region code as no choice', () => {
    expect(regionComparison(survey, regions, 'SE99', 'sv')).toEqual({ kind: 'national' });
  });

  it('finds the county with figures inside a chosen ESF region', () => {
    const comparison = regionComparison(survey, regions, 'SE12', 'en');
    expect(comparison.kind).toBe('compare');
    if (comparison.kind !== 'compare') return;
    expect(comparison.comparisons.map(({ region }) => region.code)).toEqual(['SE-T']);
    const areas = comparison.comparisons[0]!.areas;
    expect(areas).toHaveLength(12);
    expect(areas.map((area) => area.nationalRank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12]);
    expect(areas.every((area) => area.regionalProvenance.kind === 'illustrative')).toBe(true);
  });

  it('computes rank shifts as national rank minus regional rank', () => {
    const comparison = regionComparison(survey, regions, 'SE-AB', 'en');
    if (comparison.kind !== 'compare') throw new Error('expected a comparison');
    const coCreation = comparison.comparisons[0]!.areas.find(
      (area) => area.areaId === 'co-creation',
    );
    expect(coCreation).toMatchObject({ nationalRank: 2, regionalRank: 1, rankShift: 1 });
  });

  it('lists the regions that have figures when the chosen one has none', () => {
    const comparison = regionComparison(survey, regions, 'SE22', 'sv');
    expect(comparison.kind).toBe('no-data');
    if (comparison.kind !== 'no-data') return;
    expect(comparison.region.code).toBe('SE22');
    expect(comparison.regionsWithData.map((region) => region.code).sort()).toEqual([
      'SE-AB',
      'SE-BD',
      'SE-F',
      'SE-T',
    ]);
  });
});
