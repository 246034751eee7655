import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './en';
import {
  formatDate,
  formatInteger,
  formatList,
  formatMonth,
  formatOrdinal,
  formatPercent,
  formatYear,
  type Language,
} from './format';
import { sv } from './sv';

// Swedish, the default, comes with the app; English loads when a page asks for it (the entry
// starts it for an English address, and the app once it is idle), not in every first load.
const CATALOGUES: Partial<Record<Language, Messages>> = { sv };
const loading = new Map<Language, Promise<void>>();

/** Loads a language's messages once; `createI18n` needs them loaded. */
export function loadCatalogue(lang: Language): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  let load = loading.get(lang);
  if (!load) {
    load = import('./en').then(({ en }) => {
      CATALOGUES.en = en;
    });
    load.catch(() => loading.delete(lang));
    loading.set(lang, load);
  }
  return load;
}

export function isCatalogueLoaded(lang: Language): boolean {
  return CATALOGUES[lang] !== undefined;
}

export interface I18n {
  lang: Language;
  t: Messages;
  percent: (value: number) => string;
  integer: (value: number) => string;
  month: (yearMonth: string) => string;
  ordinal: (rank: number) => string;
  /** A calendar date from its ISO form ("2022-12-15"). */
  date: (isoDate: string) => string;
  year: (date: Date) => string;
  /** "a, b and c" in the language's style. */
  list: (items: readonly string[]) => string;
  /** Picks the current language from a `{ sv, en }` text; a plain string is the same in both. */
  text: (localized: Record<Language, string> | string) => string;
}

export function createI18n(lang: Language): I18n {
  const t = CATALOGUES[lang];
  if (!t) throw new Error(`The ${lang} messages are not loaded (loadCatalogue).`);
  return {
    lang,
    t,
    percent: (value) => formatPercent(lang, value),
    integer: (value) => formatInteger(lang, value),
    month: (yearMonth) => formatMonth(lang, yearMonth),
    ordinal: (rank) => formatOrdinal(lang, rank),
    date: (isoDate) => formatDate(lang, isoDate),
    year: (date) => formatYear(lang, date),
    list: (items) => formatList(lang, items),
    text: (localized) => (typeof localized === 'string' ? localized : localized[lang]),
  };
}

const I18nContext = createContext<I18n>(createI18n('sv'));

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(lang), [lang]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
