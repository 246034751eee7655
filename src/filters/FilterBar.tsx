import { useQuery } from '@tanstack/react-query';
import { memo, useId, useMemo } from 'react';
import { regionsQuery } from '../data/queries';
import { findRegion } from '../data/regionTree';
import type { Region } from '../data/regionsSchema';
import { RESULT_LEVELS } from '../data/resultLevels';
import { useI18n } from '../i18n/I18nProvider';
import { regionOptions } from './regionOptions';
import { useFilters } from './useFilters';

export interface FilterBarProps {
  /** Why a filter does not apply to the current view, shown next to its control. */
  notApplicable?: {
    region?: string;
    level?: string;
    /** Said once for both filters, on a page that neither applies to. */
    both?: string;
    /** Shown when the chosen region lies outside Sweden, for views that cover only Sweden. */
    outsideSweden?: string;
  };
  /**
   * Leaves out a filter that does not apply (an embedded chart: its reader does not move on to a
   * view the filter would apply to), rather than showing it with its note.
   */
  omitNotApplicable?: boolean;
}

/**
 * The region select's choices. They change with the regions and the language only, so a change of
 * filter (which re-renders the bar) neither sorts them again nor compares their elements.
 */
const RegionChoices = memo(function RegionChoices({ regions }: { regions: readonly Region[] }) {
  const { t, lang } = useI18n();
  const options = useMemo(
    () =>
      regionOptions(regions, lang, (name, kind) =>
        kind === 'international'
          ? t.filters.regionWithCountries(name)
          : t.filters.regionWithCounties(name),
      ),
    [regions, lang, t],
  );
  return (
    <>
      {options.standalone.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
      {options.groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
});

/** The global filter bar every view shares; its state lives in the URL. */
export function FilterBar({ notApplicable = {}, omitNotApplicable = false }: FilterBarProps) {
  const { t } = useI18n();
  const { filters, setFilters } = useFilters();
  const regions = useQuery(regionsQuery);
  const regionId = useId();
  const levelId = useId();
  const regionNoteId = useId();
  const levelNoteId = useId();
  const bothNoteId = useId();
  const describedBy = (ownNoteId: string | null) =>
    [ownNoteId, notApplicable.both ? bothNoteId : null].filter(Boolean).join(' ') || undefined;

  const chosenRegion =
    filters.region !== null && regions.data
      ? findRegion(regions.data.regions, filters.region)
      : undefined;
  const unknownRegion = filters.region !== null && regions.data && chosenRegion === undefined;
  const outsideSweden =
    chosenRegion !== undefined &&
    (chosenRegion.kind === 'international' ||
      (chosenRegion.kind === 'country' && chosenRegion.code !== 'SE'));
  const regionNote = regions.isError
    ? t.filters.regionsUnavailable
    : unknownRegion
      ? t.filters.unknownRegion(filters.region ?? '')
      : outsideSweden && notApplicable.outsideSweden
        ? notApplicable.outsideSweden
        : notApplicable.region;

  return (
    <form className="filter-bar" aria-label={t.filters.legend} onSubmit={(e) => e.preventDefault()}>
      <div className="filter-bar__field">
        <label htmlFor={regionId}>{t.filters.region}</label>
        <select
          id={regionId}
          value={filters.region ?? ''}
          aria-describedby={describedBy(regionNote ? regionNoteId : null)}
          onChange={(event) => setFilters({ region: event.target.value || null })}
        >
          <option value="">{t.filters.allRegions}</option>
          {regions.data ? <RegionChoices regions={regions.data.regions} /> : null}
          {filters.region && !regions.data ? (
            <option value={filters.region}>{filters.region}</option>
          ) : null}
        </select>
        {regionNote ? (
          <p id={regionNoteId} className="filter-bar__note">
            {regionNote}
          </p>
        ) : null}
      </div>
      {omitNotApplicable && notApplicable.level ? null : (
        <div className="filter-bar__field">
          <label htmlFor={levelId}>{t.filters.level}</label>
          <select
            id={levelId}
            value={filters.level ?? ''}
            aria-describedby={describedBy(notApplicable.level ? levelNoteId : null)}
            onChange={(event) =>
              setFilters({
                level: RESULT_LEVELS.find((level) => level === event.target.value) ?? null,
              })
            }
          >
            <option value="">{t.filters.allLevels}</option>
            {RESULT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.filters.levels[level]}
              </option>
            ))}
          </select>
          {notApplicable.level ? (
            <p id={levelNoteId} className="filter-bar__note">
              {notApplicable.level}
            </p>
          ) : null}
        </div>
      )}
      {notApplicable.both ? (
        <p id={bothNoteId} className="filter-bar__note filter-bar__note--both">
          {notApplicable.both}
        </p>
      ) : null}
    </form>
  );
}
