import { describe, expect, it } from 'vitest';
import collaborationsFile from '../../../public/data/collaborations.json';
import regionsFile from '../../../public/data/regions.json';
import { collaborationsDatasetSchema } from '../../../src/data/collaborationsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../../../src/features/sector-mix/sectorSearch';
import {
  filterExamples,
  largestGroupSize,
  matrixSeries,
  selectExamples,
  summarySeries,
  tierSeries,
} from '../../../src/features/sector-mix/sectorSeries';

const dataset = collaborationsDatasetSchema.parse(collaborationsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const noFilters = { region: null, level: null, form: null };

describe('tierSeries', () => {
  it('orders the sectors as the source publishes them, in tiers', () => {
    const [sweden, international] = tierSeries(dataset, 'en');
    expect(sweden?.tiers.map((tier) => tier.map((sector) => sector.label))).toEqual([
      ['Public sector', 'Academia'],
      ['Civil society', 'Business'],
    ]);
    expect(international?.tiers.map((tier) => tier.map((sector) => sector.key))).toEqual([
      ['civil-society', 'academia'],
      ['business', 'public'],
    ]);
  });
});

describe('filterExamples', () => {
  it('keeps all 19 examples without filters', () => {
    expect(filterExamples(dataset.examples, regions, noFilters)).toHaveLength(19);
  });

  it('narrows to the Swedish examples of an ESF region’s counties', () => {
    const inUpperNorrland = filterExamples(dataset.examples, regions, {
      ...noFilters,
      region: 'SE33',
    });
    expect(inUpperNorrland.map((example) => example.region).sort()).toEqual(['SE-AC', 'SE-BD']);
  });

  it('narrows to the international examples, or to one country', () => {
    const international = filterExamples(dataset.examples, regions, {
      ...noFilters,
      region: 'INTL',
    });
    expect(international).toHaveLength(7);
    expect(international.every((example) => example.group === 'international')).toBe(true);
    const spain = filterExamples(dataset.examples, regions, { ...noFilters, region: 'ES' });
    expect(spain).toHaveLength(2);
  });

  it('matches a result level when the example reports results at it', () => {
    const policy = filterExamples(dataset.examples, regions, { ...noFilters, level: 'policy' });
    expect(policy.length).toBeGreaterThan(0);
    expect(policy.every((example) => example.resultLevels.includes('policy'))).toBe(true);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterExamples(dataset.examples, regions, { ...noFilters, region: 'SE0' })).toEqual([]);
    expect(summarySeries(dataset, [], 'en')).toEqual([]);
    expect(matrixSeries(dataset, regions, [], 'en')).toEqual([]);
  });
});

describe('selectExamples', () => {
  it('keeps the examples in which the selected sector takes part', () => {
    const withBusiness = selectExamples(dataset.examples, { sector: 'business', group: null });
    expect(withBusiness).toHaveLength(10);
    expect(withBusiness.every((example) => example.sectors.business !== 'none')).toBe(true);
  });

  it('combines a sector and a group', () => {
    expect(
      selectExamples(dataset.examples, { sector: 'public', group: 'international' }),
    ).toHaveLength(3);
  });
});

describe('largestGroupSize', () => {
  it('is the number of examples in the largest group', () => {
    expect(largestGroupSize(dataset.examples)).toBe(12);
    expect(largestGroupSize([])).toBe(0);
  });
});

describe('summarySeries', () => {
  it('counts leads, participation and absence per group and sector', () => {
    const rows = summarySeries(dataset, dataset.examples, 'en');
    expect(rows).toHaveLength(8);
    const swedishPublic = rows.find((row) => row.group === 'sweden' && row.sector === 'public');
    expect(swedishPublic?.total).toBe(12);
    expect(swedishPublic!.values.lead + swedishPublic!.values.involved).toBe(11);
    for (const row of rows) {
      expect(row.values.lead + row.values.involved + row.values.none).toBe(row.total);
    }
  });

  it('agrees with the published order: first-tier sectors take part at least as often', () => {
    const rows = summarySeries(dataset, dataset.examples, 'en');
    for (const group of dataset.groups) {
      const taking = (sector: string) => {
        const row = rows.find(
          (candidate) => candidate.group === group.id && candidate.sector === sector,
        );
        return row ? row.values.lead + row.values.involved : 0;
      };
      const [first = [], second = []] = group.sectorTiers;
      expect(Math.min(...first.map(taking))).toBeGreaterThanOrEqual(
        Math.max(...second.map(taking)),
      );
    }
  });
});

describe('matrixSeries', () => {
  it('lists Swedish examples before international ones, with a cell per sector', () => {
    const rows = matrixSeries(dataset, regions, dataset.examples, 'sv');
    expect(rows[0]).toMatchObject({
      name: 'Svenskt exempel 1',
      form: 'Nätverk',
      region: 'Norrbottens län',
    });
    expect(rows.at(-1)?.group).toBe('international');
    expect(rows[0]?.cells.map((cell) => cell.involvement)).toEqual([
      'lead',
      'involved',
      'involved',
      'none',
    ]);
  });
});

describe('sector selection in the URL', () => {
  it('round-trips and drops bad values', () => {
    const selection = { form: 'cluster', sector: 'academia', group: 'sweden' as const };
    expect(parseSectorSelection(serializeSectorSelection(selection))).toEqual(selection);
    expect(parseSectorSelection({ group: 'mars', sector: '<b>', form: 3 })).toEqual({
      form: null,
      sector: null,
      group: null,
    });
  });
});
