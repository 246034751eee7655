import { describe, expect, it } from 'vitest';
import projectsFile from '../../../public/data/projects.json';
import regionsFile from '../../../public/data/regions.json';
import { projectsDatasetSchema } from '../../../src/data/projectsSchema';
import { regionsDatasetSchema } from '../../../src/data/regionsSchema';
import {
  citedSources,
  formatMoney,
  formatRecordValue,
  isIllustrativeProject,
  periodDomain,
  projectPeriod,
  projectRecord,
  weakestProvenance,
  type RecordRow,
} from '../../../src/features/projects/projectRecord';
import { createI18n } from '../../../src/i18n/I18nProvider';

const dataset = projectsDatasetSchema.parse(projectsFile);
const { regions } = regionsDatasetSchema.parse(regionsFile);
const context = {
  sources: dataset.sources,
  programmeAreas: dataset.programmeAreas,
  resultLevels: dataset.resultLevels,
  regions,
};
const sv = createI18n('sv');
const en = createI18n('en');

function recordOf(id: string): RecordRow[] {
  const project = dataset.projects.find((candidate) => candidate.id === id);
  if (!project) throw new Error(`no project ${id} in the bundled dataset`);
  return projectRecord(project, context);
}

/** Intl separates thousands and currency with no-break spaces; tests compare plain spaces. */
const plain = (text: string | string[]) =>
  Array.isArray(text) ? text.map((item) => item.replace(/\s/g, ' ')) : text.replace(/\s/g, ' ');
const valueIn = (rows: RecordRow[], key: string, i18n = sv) => {
  const row = rows.find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return plain(formatRecordValue(row.value, i18n));
};

// FACTS.md §3: the record of 22-018-S01 as the ESF project bank publishes it.
const FACTS_22_018_S01 = [
  ['Land som berörs', 'Country', 'Sverige'],
  ['Berörd fond', 'Fund', 'ESF+'],
  ['Program CCI', 'Programme CCI', '2021SE05SFPR'],
  ['Diarienummer / Projektnummer', 'Case / project number', '22-018-S01'],
  ['Projektägare organisationsnummer', "Owner's organisation number", '2021004920'],
  ['Projektägare', 'Project owner', 'MALMÖ UNIVERSITET'],
  ['Namn', 'Name', 'Kompetenscenter för social innovation'],
  ['Startdatum', 'Start date', '2022-12-15'],
  ['Slutdatum', 'End date', '2025-12-30'],
  ['Unionens medfinansieringsgrad', 'EU co-financing rate', '95 %'],
  ['Programområde', 'Programme area', 'E – Social innovation'],
  ['Specifikt mål', 'Specific objective', 'E1'],
  ['Sekundärtema – Motverka barnfattigdom', 'Secondary theme: counter child poverty', 'Nej'],
  ['Region', 'Region', 'ESF Nationellt'],
  ['NUTS-2 kod', 'NUTS-2 code', 'SE0'],
  ['Interventionstyp', 'Intervention type', '127'],
  ['Antal deltagare', 'Number of participants', '0'],
  ['Insats av strategisk betydelse', 'Operation of strategic importance', 'Ja'],
] as const;

describe('projectRecord', () => {
  it('gives 22-018-S01 the 18 published fields of FACTS §3, in order, with both field names', () => {
    const rows = recordOf('22-018-S01');
    const facts = rows.filter(
      (row) =>
        row.section === 'field' && row.provenance.kind === 'published' && row.key !== 'englishName',
    );
    expect(
      facts.map((row) => [row.fieldName.sv, row.fieldName.en, valueIn([row], row.key)]),
    ).toEqual(FACTS_22_018_S01.map((fact) => [...fact]));
  });

  it('adds to those only the English name from Kohesio, then partners, amounts and result levels', () => {
    const rows = recordOf('22-018-S01');
    const fieldKeys = rows.filter((row) => row.section === 'field').map((row) => row.key);
    expect(fieldKeys).toHaveLength(19);
    expect(fieldKeys.indexOf('englishName')).toBe(fieldKeys.indexOf('name') + 1);
    const englishName = rows.find((row) => row.key === 'englishName');
    expect(englishName?.provenance).toMatchObject({
      kind: 'published',
      source: { id: 'kohesio-22-018-s01' },
    });
    expect(rows.slice(19).map((row) => [row.section, row.provenance.kind])).toEqual([
      ['partners', 'published'],
      ['amount', 'published'],
      ['amount', 'published'],
      ['resultLevels', 'illustrative'],
    ]);
  });

  it('gives the published values in English too', () => {
    const rows = recordOf('22-018-S01');
    expect(valueIn(rows, 'country', en)).toBe('Sweden');
    expect(valueIn(rows, 'childPovertyTheme', en)).toBe('No');
    expect(valueIn(rows, 'strategicImportance', en)).toBe('Yes');
    expect(valueIn(rows, 'euCofinancingRate', en)).toBe('95%');
    expect(valueIn(rows, 'region', en)).toBe('ESF national');
    expect(valueIn(rows, 'startDate', en)).toBe('2022-12-15');
  });

  it('cites the project bank record with its locator and link for each published field', () => {
    const owner = recordOf('22-018-S01').find((row) => row.key === 'owner');
    expect(owner?.provenance).toEqual({
      kind: 'published',
      sourceId: 'esf-record-22-018-s01',
      source: expect.objectContaining({
        publisher: 'Svenska ESF-rådet',
        url: 'https://www.esf.se/resultat/projektbanken/projekt/?dnr=22-018-S01',
      }),
      locator: 'Projektägare: MALMÖ UNIVERSITET',
    });
  });

  it('lists the three partners and keeps both amounts in euros', () => {
    const rows = recordOf('22-018-S01');
    expect(valueIn(rows, 'partners')).toEqual([
      'Mötesplats Social Innovation, Malmö universitet',
      'Nationella nätverket för samordningsförbund',
      'Region Örebro län – Partnerskap för social innovation',
    ]);
    const amounts = rows.filter((row) => row.section === 'amount');
    expect(amounts.map((row) => [row.fieldName.en, row.value])).toEqual([
      ['Total budget', { kind: 'money', amount: 1350000, currency: 'EUR' }],
      ['EU contribution', { kind: 'money', amount: 1275915.8, currency: 'EUR' }],
    ]);
    expect(amounts.map((row) => valueIn([row], row.key, sv))).toEqual([
      '1 350 000 €',
      '1 275 915,80 €',
    ]);
    expect(amounts.map((row) => valueIn([row], row.key, en))).toEqual([
      '€1,350,000',
      '€1,275,915.80',
    ]);
  });

  it('gives the result levels by name, marked illustrative', () => {
    const levels = recordOf('22-018-S01').at(-1);
    expect(levels?.key).toBe('resultLevels');
    expect(levels?.provenance.kind).toBe('illustrative');
    expect(levels && formatRecordValue(levels.value, en)).toEqual([
      'Policy level',
      'Collaboration level',
      'Organisation level',
    ]);
  });

  it('leaves out the fields a record does not have', () => {
    const rows = recordOf('22-017-S04');
    const keys = rows.map((row) => row.key);
    expect(keys).not.toContain('startDate');
    expect(keys).not.toContain('participants');
    expect(keys).not.toContain('partners');
    expect(keys.some((key) => key.startsWith('amount'))).toBe(false);
    const planned = rows.find((row) => row.key === 'participantsPlanned');
    expect(planned?.fieldName).toEqual({
      sv: 'Planerat antal deltagare',
      en: 'Planned number of participants',
    });
    expect(valueIn(rows, 'participantsPlanned')).toBe('1 000');
    expect(rows.every((row) => formatRecordValue(row.value, sv) !== '')).toBe(true);
  });

  it('gives an illustrative project only its own fields, every one illustrative', () => {
    const project = dataset.projects.find((candidate) => candidate.id === 'EX-01');
    const rows = recordOf('EX-01');
    const ownFields = Object.keys(project ?? {}).filter((key) => key !== 'id');
    expect(rows.map((row) => row.key).sort()).toEqual([...ownFields].sort());
    expect(rows.every((row) => row.provenance.kind === 'illustrative')).toBe(true);
    expect(isIllustrativeProject(rows)).toBe(true);
    expect(weakestProvenance(rows)).toBe('illustrative');
    expect(citedSources(rows)).toEqual([]);
    expect(valueIn(rows, 'region')).toBe('Övre Norrland');
  });

  it('does not call a published record illustrative for its result levels', () => {
    expect(isIllustrativeProject(recordOf('22-018-S01'))).toBe(false);
  });

  it('carries the formula of Social Innovation Skåne’s derived end date', () => {
    const rows = recordOf('social-innovation-skane');
    const end = rows.find((row) => row.key === 'endDate');
    expect(end?.provenance).toEqual({
      kind: 'derived',
      formula: {
        sv: expect.stringContaining('startdatum + tre år'),
        en: expect.stringContaining('start date + three years'),
      },
    });
    const period = projectPeriod(rows);
    expect(period).toMatchObject({ start: '2015-09-01', end: '2018-08-31' });
    expect(period && weakestProvenance(period.rows)).toBe('derived');
    expect(valueIn(rows, 'amount-0-total-budget')).toBe('25 000 000 kr');
    expect(valueIn(rows, 'amount-0-total-budget', en)).toBe('SEK 25,000,000');
  });

  it('cites each source once, in the order first cited', () => {
    expect(citedSources(recordOf('22-018-S01')).map((source) => source.id)).toEqual([
      'esf-record-22-018-s01',
      'kohesio-22-018-s01',
    ]);
  });

  it('shows region and country codes when the regions are not loaded', () => {
    const project = dataset.projects[0];
    if (!project) throw new Error('empty dataset');
    const rows = projectRecord(project, { ...context, regions: [] });
    expect(valueIn(rows, 'country')).toBe('SE');
    expect(valueIn(rows, 'region')).toBe('SE0');
  });
});

describe('projectPeriod', () => {
  it('has no period without both dates', () => {
    expect(projectPeriod(recordOf('22-017-S04'))).toBeNull();
    expect(projectPeriod(recordOf('23-017-S04'))).toBeNull();
  });

  it('gives the published dates of 22-018-S01', () => {
    const period = projectPeriod(recordOf('22-018-S01'));
    expect(period).toMatchObject({ start: '2022-12-15', end: '2025-12-30' });
    expect(period && weakestProvenance(period.rows)).toBe('published');
  });
});

describe('periodDomain', () => {
  it('runs from the 1 July before the start to the 1 July after the end', () => {
    expect(periodDomain('2022-12-15', '2025-12-30').map((date) => date.toISOString())).toEqual([
      '2022-07-01T00:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
    ]);
    expect(periodDomain('2015-03-01', '2018-02-28').map((date) => date.toISOString())).toEqual([
      '2014-07-01T00:00:00.000Z',
      '2018-07-01T00:00:00.000Z',
    ]);
  });
});

describe('formatMoney', () => {
  it('shows cents only when there are any, and never converts the currency', () => {
    expect(plain(formatMoney('sv', 1350000, 'EUR'))).toBe('1 350 000 €');
    expect(formatMoney('en', 1350000, 'EUR')).toBe('€1,350,000');
    expect(plain(formatMoney('sv', 0.5, 'SEK'))).toBe('0,50 kr');
  });
});
