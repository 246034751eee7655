import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/loadDataset';
import { regionCodesFor } from '../../src/data/projectFilters';
import { sameAreaAbove } from '../../src/data/regionTree';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';

const { regions } = parseDataset(
  'regions.json',
  readFileSync(path.resolve(import.meta.dirname, '../../public/data/regions.json'), 'utf8'),
  regionsDatasetSchema,
);

const codesFor = (region: string, nationalEverywhere = false) => [
  ...(regionCodesFor(regions, { region, nationalEverywhere }) ?? []),
];

describe('regionCodesFor', () => {
  it('takes an ESF region with its counties', () => {
    expect(codesFor('SE22').sort()).toEqual(['SE-K', 'SE-M', 'SE22'].sort());
  });

  it('takes a county with the ESF region that is only that county', () => {
    expect(sameAreaAbove(regions, 'SE-AB')).toEqual(['SE11']);
    expect(codesFor('SE-AB').sort()).toEqual(['SE-AB', 'SE11']);
  });

  it('leaves out an ESF region that is larger than the county', () => {
    expect(sameAreaAbove(regions, 'SE-M')).toEqual([]);
    expect(codesFor('SE-M')).toEqual(['SE-M']);
  });

  it('adds national projects only when they count everywhere', () => {
    expect(codesFor('SE-AB', true).sort()).toEqual(['SE-AB', 'SE0', 'SE11']);
    expect(regionCodesFor(regions, { region: null, nationalEverywhere: true })).toBeNull();
  });

  it('counts national projects in every Swedish region, but in no region abroad', () => {
    expect(codesFor('SE22', true)).toContain('SE0');
    expect(codesFor('FI', true)).toEqual(['FI']);
    expect(codesFor('INTL', true)).not.toContain('SE0');
  });
});
