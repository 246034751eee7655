import { findRegion } from '../data/regionTree';
import type { Region, RegionCode } from '../data/regionsSchema';
import type { ResultLevel } from '../data/resultLevels';
import type { I18n } from '../i18n/I18nProvider';

export interface CaptionFilters {
  region: RegionCode | null;
  /** Left out of the caption when the chart does not filter by level. */
  level?: ResultLevel | null;
}

/**
 * The active filters in words, e.g. "Region: Sydsverige · Level: Organisation · n = 14": the
 * region (the whole country when none is chosen), the level, a view's own filters and the count.
 */
export function filterCaption(
  filters: CaptionFilters,
  regions: readonly Region[] | undefined,
  i18n: I18n,
  options: { extra?: readonly string[]; count?: number } = {},
): string {
  const { t } = i18n;
  const region = filters.region && regions ? findRegion(regions, filters.region) : undefined;
  const regionName = region ? i18n.text(region.name) : (filters.region ?? t.filters.allRegions);
  return [
    t.present.captionRegion(regionName),
    filters.level ? t.present.captionLevel(t.filters.levels[filters.level]) : null,
    ...(options.extra ?? []),
    options.count === undefined ? null : t.present.captionCount(i18n.integer(options.count)),
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}
