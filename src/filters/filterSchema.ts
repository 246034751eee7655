import type { RegionCode } from '../data/regionsSchema';
import { matching, oneOf, REGION_CODE_PATTERN } from '../data/urlValues';
import { RESULT_LEVELS, type ResultLevel } from '../data/resultLevels';
import { LANGUAGES, type Language } from '../i18n/format';

export const DEFAULT_LANGUAGE: Language = 'sv';

/** The filters every view shares; `null` means "no filter". */
export interface Filters {
  region: RegionCode | null;
  level: ResultLevel | null;
  lang: Language;
}

/** The filters as they appear in the URL: defaults left out. */
export interface FilterSearch {
  region?: RegionCode;
  level?: ResultLevel;
  lang?: Language;
}

/**
 * Reads filters from URL search parameters; unknown or malformed values fall back to defaults,
 * each on its own, so one bad value never discards the others.
 */
export function parseFilters(search: Record<string, unknown>): Filters {
  const pick = (key: string) => (Object.hasOwn(search, key) ? search[key] : null);
  return {
    region: matching(REGION_CODE_PATTERN, pick('region')),
    level: oneOf(RESULT_LEVELS, pick('level')),
    lang: oneOf(LANGUAGES, pick('lang')) ?? DEFAULT_LANGUAGE,
  };
}

/** The URL form of filters; a default is `undefined`, which leaves it out of the URL. */
export function serializeFilters(filters: Filters): FilterSearch & Record<string, unknown> {
  return {
    region: filters.region ?? undefined,
    level: filters.level ?? undefined,
    lang: filters.lang === DEFAULT_LANGUAGE ? undefined : filters.lang,
  };
}

/** Only the shared filters of a URL's search: what a link to another view carries along. */
export function sharedFilters(search: Record<string, unknown>): FilterSearch {
  return serializeFilters(parseFilters(search));
}
