export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

/** One formatter per language and style: building one costs far more than using it. */
function formatterFor<Formatter>(
  formatters: Map<Language, Formatter>,
  lang: Language,
  build: (locale: string) => Formatter,
): Formatter {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = build(localeOf(lang));
    formatters.set(lang, formatter);
  }
  return formatter;
}

const percentFormats = new Map<Language, Intl.NumberFormat>();
const integerFormats = new Map<Language, Intl.NumberFormat>();
const monthFormats = new Map<Language, Intl.DateTimeFormat>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const yearFormats = new Map<Language, Intl.DateTimeFormat>();
const ordinalRules = new Map<Language, Intl.PluralRules>();
const listFormats = new Map<Language, Intl.ListFormat>();

/** "a, b and c" / "a, b och c". */
export function formatList(lang: Language, items: readonly string[]): string {
  return formatterFor(
    listFormats,
    lang,
    (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }),
  ).format(items);
}

/**
 * Builds the number formatters before they are needed: the first formatter a page builds loads
 * the engine's locale data (≈40 ms), which would otherwise delay the first chart's render.
 */
export function warmUpFormatters(): void {
  for (const lang of LANGUAGES) formatInteger(lang, 0);
}

/** A share given in percent (9.5) in the language's style: "9,5 %" in Swedish, "9.5%" in English. */
export function formatPercent(lang: Language, percent: number): string {
  const format = formatterFor(
    percentFormats,
    lang,
    (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  );
  return format.format(percent / 100);
}

export function formatInteger(lang: Language, value: number): string {
  return formatterFor(
    integerFormats,
    lang,
    (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  ).format(value);
}

/** "december 2019" / "December 2019" from "2019-12". */
export function formatMonth(lang: Language, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  return formatterFor(
    monthFormats,
    lang,
    (locale) =>
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** "1st", "2nd" in English; "1:a", "2:a", "3:e" in Swedish. */
export function formatOrdinal(lang: Language, rank: number): string {
  if (lang === 'sv') {
    const lastTwo = rank % 100;
    const last = rank % 10;
    const suffix = (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e';
    return `${rank}:${suffix}`;
  }
  const rules = formatterFor(
    ordinalRules,
    lang,
    (locale) => new Intl.PluralRules(locale, { type: 'ordinal' }),
  );
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${rank}${suffixes[rules.select(rank)] ?? 'th'}`;
}

/** "15 dec. 2022" / "15 Dec 2022" from an ISO date ("2022-12-15"), read as a calendar date. */
export function formatDate(lang: Language, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return formatterFor(
    dateFormats,
    lang,
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(date);
}

/** The year of a date, as an axis tick. */
export function formatYear(lang: Language, date: Date): string {
  return formatterFor(
    yearFormats,
    lang,
    (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}
