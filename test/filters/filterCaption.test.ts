import { describe, expect, it } from 'vitest';
import regionsFile from '../../public/data/regions.json';
import { regionsDatasetSchema } from '../../src/data/regionsSchema';
import { filterCaption } from '../../src/filters/filterCaption';
import { provenanceWords } from '../../src/filters/provenanceWords';
import { createI18n } from '../../src/i18n/I18nProvider';

const { regions, sources } = regionsDatasetSchema.parse(regionsFile);
const sv = createI18n('sv');
const en = createI18n('en');

describe('filterCaption', () => {
  it('names the region and level in words, then the view’s own filters and the count', () => {
    expect(
      filterCaption({ region: 'SE22', level: 'organisation' }, regions, en, {
        extra: ['Form: Network'],
        count: 14,
      }),
    ).toBe('Region: South Sweden · Level: Organisation · Form: Network · n = 14');
    expect(filterCaption({ region: 'SE22', level: 'organisation' }, regions, sv)).toBe(
      'Region: Sydsverige · Nivå: Organisation',
    );
  });

  it('says the whole country without a region and leaves out a level the chart ignores', () => {
    expect(filterCaption({ region: null }, regions, en, { count: 1200 })).toBe(
      'Region: All of Sweden · n = 1,200',
    );
  });

  it('keeps an unknown region code as it is rather than inventing a name', () => {
    expect(filterCaption({ region: 'SE-ZZ', level: null }, regions, en)).toBe('Region: SE-ZZ');
  });
});

describe('provenanceWords', () => {
  it('puts a published value’s source title and locator in words', () => {
    const words = provenanceWords(
      { kind: 'published', source: 'eurostat-nuts-2021', locator: 'SE22' },
      sources,
      en,
    );
    expect(words).toEqual({ kind: 'published', detail: 'NUTS 2021 classification, SE22' });
  });

  it('gives a derived value’s formula and says an illustrative one is made up', () => {
    expect(provenanceWords({ kind: 'derived', formula: '253 × 40 %' }, sources, en)).toEqual({
      kind: 'derived',
      detail: '253 × 40 %',
    });
    expect(provenanceWords({ kind: 'illustrative' }, sources, sv).detail).toBe(
      'påhittat för att visa hur det fungerar',
    );
  });

  it('puts a locator or formula given in both languages in the page’s language', () => {
    const formula = { sv: 'mottagare × svarsfrekvens', en: 'recipients × response rate' };
    expect(provenanceWords({ kind: 'derived', formula }, sources, sv).detail).toBe(formula.sv);
    expect(provenanceWords({ kind: 'derived', formula }, sources, en).detail).toBe(formula.en);
    const locator = { sv: 'länskoder', en: 'county codes' };
    const published = { kind: 'published', source: 'eurostat-nuts-2021', locator } as const;
    expect(provenanceWords(published, sources, sv).detail).toBe(
      'NUTS 2021-klassifikationen, länskoder',
    );
    expect(provenanceWords(published, sources, en).detail).toBe(
      'NUTS 2021 classification, county codes',
    );
  });
});
