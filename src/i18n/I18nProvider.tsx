import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type Messages } from './en';
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

const CATALOGUES: Record<Language, Messages> = { sv, en };

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
  return {
    lang,
    t: CATALOGUES[lang],
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
