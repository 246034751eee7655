import { mostCautiousKind } from '../../data/provenanceKind';
import type {
  EitherLanguageText,
  LocalizedText,
  Provenance,
  Source,
} from '../../data/provenanceSchema';
import type { Amount, Project, ProjectsDataset } from '../../data/projectsSchema';
import type { Region } from '../../data/regionsSchema';
import { findRegion } from '../../data/regionTree';
import { localeOf, type Language } from '../../i18n/format';
import type { I18n } from '../../i18n/I18nProvider';

/** What the record page needs besides the project: names of sources, areas, levels and regions. */
export interface RecordContext {
  sources: ProjectsDataset['sources'];
  programmeAreas: ProjectsDataset['programmeAreas'];
  resultLevels: ProjectsDataset['resultLevels'];
  /** May be empty (not loaded yet, or failed): region and country then show their codes. */
  regions: readonly Region[];
}

/** A value kept in a form each language can format. */
export type RecordValue =
  | { kind: 'text'; text: LocalizedText }
  | { kind: 'list'; items: LocalizedText[] }
  | { kind: 'date'; isoDate: string }
  | { kind: 'percent'; percent: number }
  | { kind: 'integer'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'money'; amount: number; currency: Amount['currency'] };

/** A provenance with its source looked up, ready to show. */
export type RecordProvenance =
  | { kind: 'published'; sourceId: string; source: Source | undefined; locator: EitherLanguageText }
  | { kind: 'derived'; formula: EitherLanguageText }
  | { kind: 'illustrative'; note: EitherLanguageText | undefined };

export type RecordSection = 'field' | 'partners' | 'amount' | 'resultLevels';

export interface RecordRow {
  key: string;
  section: RecordSection;
  /** The field's name in both languages; the Swedish names are those of the ESF project bank. */
  fieldName: LocalizedText;
  value: RecordValue;
  provenance: RecordProvenance;
}

type SingleField = Exclude<keyof Project, 'id' | 'partners' | 'amounts' | 'resultLevels'>;

/** The record's fields in the order and with the names of the ESF project bank (source 002). */
const FIELD_NAMES: readonly (readonly [SingleField, LocalizedText])[] = [
  ['country', { sv: 'Land som berörs', en: 'Country' }],
  ['fund', { sv: 'Berörd fond', en: 'Fund' }],
  ['programmeCci', { sv: 'Program CCI', en: 'Programme CCI' }],
  ['caseNumber', { sv: 'Diarienummer / Projektnummer', en: 'Case / project number' }],
  ['ownerOrgNumber', { sv: 'Projektägare organisationsnummer', en: "Owner's organisation number" }],
  ['owner', { sv: 'Projektägare', en: 'Project owner' }],
  ['name', { sv: 'Namn', en: 'Name' }],
  ['englishName', { sv: 'Namn (engelska)', en: 'Name (English)' }],
  ['startDate', { sv: 'Startdatum', en: 'Start date' }],
  ['endDate', { sv: 'Slutdatum', en: 'End date' }],
  ['euCofinancingRate', { sv: 'Unionens medfinansieringsgrad', en: 'EU co-financing rate' }],
  ['programmeArea', { sv: 'Programområde', en: 'Programme area' }],
  ['specificObjective', { sv: 'Specifikt mål', en: 'Specific objective' }],
  [
    'childPovertyTheme',
    {
      sv: 'Sekundärtema – Motverka barnfattigdom',
      en: 'Secondary theme: counter child poverty',
    },
  ],
  ['region', { sv: 'Region', en: 'Region' }],
  ['nuts2', { sv: 'NUTS-2 kod', en: 'NUTS-2 code' }],
  ['interventionType', { sv: 'Interventionstyp', en: 'Intervention type' }],
  ['participants', { sv: 'Antal deltagare', en: 'Number of participants' }],
  ['participantsPlanned', { sv: 'Planerat antal deltagare', en: 'Planned number of participants' }],
  [
    'strategicImportance',
    { sv: 'Insats av strategisk betydelse', en: 'Operation of strategic importance' },
  ],
];

const PARTNERS_NAME: LocalizedText = { sv: 'Partner', en: 'Partners' };
const RESULT_LEVELS_NAME: LocalizedText = { sv: 'Resultatnivåer', en: 'Result levels' };
const AMOUNT_NAMES: Record<Amount['kind'], LocalizedText> = {
  'total-budget': { sv: 'Total budget', en: 'Total budget' },
  'eu-contribution': { sv: 'EU-bidrag', en: 'EU contribution' },
};

/** A project field's name as the record shows it, from its key in projects.json. */
export function projectFieldName(key: string): LocalizedText | undefined {
  if (key === 'partners') return PARTNERS_NAME;
  if (key === 'resultLevels') return RESULT_LEVELS_NAME;
  return FIELD_NAMES.find(([field]) => field === key)?.[1];
}

const sameInBoth = (text: string): LocalizedText => ({ sv: text, en: text });
const plainText = (text: string): RecordValue => ({ kind: 'text', text: sameInBoth(text) });

function regionText(regions: readonly Region[], code: string): RecordValue {
  const region = findRegion(regions, code);
  return { kind: 'text', text: region ? region.name : sameInBoth(code) };
}

function fieldValue(project: Project, key: SingleField, context: RecordContext): RecordValue {
  switch (key) {
    case 'country':
      return regionText(context.regions, project.country.value);
    case 'region':
      return regionText(context.regions, project.region.value);
    case 'programmeArea': {
      const code = project.programmeArea?.value ?? '';
      const area = context.programmeAreas.find((candidate) => candidate.id === code);
      return {
        kind: 'text',
        text: area
          ? { sv: `${code} – ${area.label.sv}`, en: `${code} – ${area.label.en}` }
          : sameInBoth(code),
      };
    }
    case 'startDate':
    case 'endDate':
      return { kind: 'date', isoDate: project[key]?.value ?? '' };
    case 'euCofinancingRate':
      return { kind: 'percent', percent: project.euCofinancingRate?.value ?? 0 };
    case 'participants':
    case 'participantsPlanned':
      return { kind: 'integer', value: project[key]?.value ?? 0 };
    case 'childPovertyTheme':
    case 'strategicImportance':
      return { kind: 'boolean', value: project[key]?.value ?? false };
    default:
      return plainText(project[key]?.value ?? '');
  }
}

/** Looks up a published value's source; the schema has already checked that it exists. */
export function resolveProvenance(
  provenance: Provenance,
  sources: readonly Source[],
): RecordProvenance {
  switch (provenance.kind) {
    case 'published':
      return {
        kind: 'published',
        sourceId: provenance.source,
        source: sources.find((source) => source.id === provenance.source),
        locator: provenance.locator,
      };
    case 'derived':
      return { kind: 'derived', formula: provenance.formula };
    case 'illustrative':
      return { kind: 'illustrative', note: provenance.note };
  }
}

/**
 * Every field the project's record has, in the project bank's order, then its partners, its
 * amounts (each in its own currency) and its result levels. Fields it does not have are left out.
 */
export function projectRecord(project: Project, context: RecordContext): RecordRow[] {
  const provenanceOf = (provenance: Provenance) => resolveProvenance(provenance, context.sources);
  const fields = FIELD_NAMES.flatMap(([key, fieldName]): RecordRow[] => {
    const field = project[key];
    if (!field) return [];
    return [
      {
        key,
        section: 'field',
        fieldName,
        value: fieldValue(project, key, context),
        provenance: provenanceOf(field.provenance),
      },
    ];
  });
  const partners: RecordRow[] = project.partners
    ? [
        {
          key: 'partners',
          section: 'partners',
          fieldName: PARTNERS_NAME,
          value: { kind: 'list', items: project.partners.value.map(sameInBoth) },
          provenance: provenanceOf(project.partners.provenance),
        },
      ]
    : [];
  const amounts = (project.amounts ?? []).map((amount, index): RecordRow => ({
    key: `amount-${index}-${amount.kind}`,
    section: 'amount',
    fieldName: AMOUNT_NAMES[amount.kind],
    value: { kind: 'money', amount: amount.amount, currency: amount.currency },
    provenance: provenanceOf(amount.provenance),
  }));
  const levelLabels = project.resultLevels.value.map(
    (level) =>
      context.resultLevels.find((candidate) => candidate.id === level)?.label ?? sameInBoth(level),
  );
  const resultLevels: RecordRow = {
    key: 'resultLevels',
    section: 'resultLevels',
    fieldName: RESULT_LEVELS_NAME,
    value: { kind: 'list', items: levelLabels },
    provenance: provenanceOf(project.resultLevels.provenance),
  };
  return [...fields, ...partners, ...amounts, resultLevels];
}

/**
 * Whether the project is made up as a whole: every value illustrative. Result levels do not
 * count, as they are illustrative on every project.
 */
export function isIllustrativeProject(rows: readonly RecordRow[]): boolean {
  return rows
    .filter((row) => row.section !== 'resultLevels')
    .every((row) => row.provenance.kind === 'illustrative');
}

/** The most cautious mark for a set of values: illustrative over derived over published. */
export function weakestProvenance(
  rows: readonly Pick<RecordRow, 'provenance'>[],
): RecordProvenance['kind'] {
  return mostCautiousKind(rows.map((row) => row.provenance.kind));
}

/** The sources the rows cite, each once, in the order first cited. */
export function citedSources(rows: readonly Pick<RecordRow, 'provenance'>[]): Source[] {
  const cited = new Map<string, Source>();
  for (const { provenance } of rows) {
    if (provenance.kind === 'published' && provenance.source) {
      cited.set(provenance.source.id, provenance.source);
    }
  }
  return [...cited.values()];
}

export interface ProjectPeriod {
  /** ISO dates. */
  start: string;
  end: string;
  /** The start and end date rows, for their provenance. */
  rows: RecordRow[];
}

/** The project's period, when its record has both dates; otherwise there is none to draw. */
export function projectPeriod(rows: readonly RecordRow[]): ProjectPeriod | null {
  const start = rows.find((row) => row.key === 'startDate');
  const end = rows.find((row) => row.key === 'endDate');
  if (start?.value.kind !== 'date' || end?.value.kind !== 'date') return null;
  return { start: start.value.isoDate, end: end.value.isoDate, rows: [start, end] };
}

/**
 * The time axis for one period: from the 1 July at or before its start to the 1 July at or after
 * its end, so that every year tick (1 January) sits half a year or more inside the axis, where
 * its label is not cut off at the chart's edge.
 */
export function periodDomain(startIso: string, endIso: string): [Date, Date] {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const julyOf = (year: number) => new Date(Date.UTC(year, 6, 1));
  const startYear = start.getUTCFullYear();
  const endYear = end.getUTCFullYear();
  return [
    start >= julyOf(startYear) ? julyOf(startYear) : julyOf(startYear - 1),
    end <= julyOf(endYear) ? julyOf(endYear) : julyOf(endYear + 1),
  ];
}

/** An amount in its own currency, never converted: "1 350 000 €" / "€1,350,000", cents only if any. */
export function formatMoney(lang: Language, amount: number, currency: string): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

/** A record value as the current language shows it; a list gives one text per item. */
export function formatRecordValue(value: RecordValue, i18n: I18n): string | string[] {
  switch (value.kind) {
    case 'text':
      return i18n.text(value.text);
    case 'list':
      return value.items.map(i18n.text);
    // The project bank publishes dates as ISO dates, which read the same in both languages.
    case 'date':
      return value.isoDate;
    case 'percent':
      return i18n.percent(value.percent);
    case 'integer':
      return i18n.integer(value.value);
    case 'boolean':
      return value.value ? i18n.t.projects.yes : i18n.t.projects.no;
    case 'money':
      return formatMoney(i18n.lang, value.amount, value.currency);
  }
}
