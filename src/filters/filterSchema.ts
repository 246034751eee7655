import { z } from '../data/zod';
import { regionCodeSchema, type RegionCode } from '../data/regionsSchema';
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

// Each field falls back on its own, so one bad value never discards the others.
const filterFieldsSchema = z.object({
  region: regionCodeSchema.nullable().catch(null),
  level: z.enum(RESULT_LEVELS).nullable().catch(null),
  lang: z.enum(LANGUAGES).catch(DEFAULT_LANGUAGE),
});

/** Reads filters from URL search parameters; unknown or malformed values fall back to defaults. */
export function parseFilters(search: Record<string, unknown>): Filters {
  return filterFieldsSchema.parse({
    region: Object.hasOwn(search, 'region') ? search.region : null,
    level: Object.hasOwn(search, 'level') ? search.level : null,
    lang: Object.hasOwn(search, 'lang') ? search.lang : DEFAULT_LANGUAGE,
  });
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
