import { describe, expect, it } from 'vitest';
import regionsFile from '../../public/data/regions.json';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { regionOptions } from '../../src/filters/regionOptions';

const { regions } = regionsDatasetSchema.parse(regionsFile);

describe('regionOptions', () => {
  it('groups counties under their ESF region, the region itself first', () => {
    const { standalone, groups } = regionOptions(regions, 'sv', (name) => `${name} (alla län)`);
    expect(standalone).toEqual([{ code: 'SE0', label: 'ESF Nationellt' }]);
    expect(groups).toHaveLength(9);
    const upperNorrland = groups.find((group) => group.label === 'Övre Norrland');
    expect(upperNorrland?.options).toEqual([
      { code: 'SE33', label: 'Övre Norrland (alla län)' },
      { code: 'SE-BD', label: 'Norrbottens län' },
      { code: 'SE-AC', label: 'Västerbottens län' },
    ]);
  });

  it('sorts by the language’s alphabet (Ö after Z in Swedish)', () => {
    const labels = regionOptions(regions, 'sv', (name) => name).groups.map((group) => group.label);
    expect(labels.slice(-3)).toEqual(['Östra Mellansverige', 'Övre Norrland', 'Internationellt']);
    const english = regionOptions(regions, 'en', (name) => name).groups.map((group) => group.label);
    expect(english[0]).toBe('Central Norrland');
  });

  it('lists the international examples’ countries under International', () => {
    const international = regionOptions(
      regions,
      'en',
      (name, kind) => `${name} (${kind})`,
    ).groups.at(-1);
    expect(international?.options[0]).toEqual({
      code: 'INTL',
      label: 'International (international)',
    });
    expect(international?.options.map((option) => option.code)).toContain('ES');
  });
});
