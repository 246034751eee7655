import type { FilterBarProps } from '../filters/FilterBar';
import type { Messages } from '../i18n/en';

/** The views in the navigation, in order, and which shared filters do not apply to each. */
export interface ViewEntry {
  path: '/' | '/survey' | '/sectors';
  label: (t: Messages) => string;
  notApplicable: (t: Messages) => NonNullable<FilterBarProps['notApplicable']>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    path: '/',
    label: (t) => t.views.overview,
    notApplicable: (t) => ({
      region: t.overview.filtersNotApplicable,
      level: t.overview.filtersNotApplicable,
    }),
  },
  {
    path: '/survey',
    label: (t) => t.views.survey,
    notApplicable: (t) => ({ level: t.survey.levelNotApplicable }),
  },
  {
    path: '/sectors',
    label: (t) => t.views.sectors,
    notApplicable: () => ({}),
  },
];
