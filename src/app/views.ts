import type { FilterBarProps } from '../filters/FilterBar';
import type { Messages } from '../i18n/en';

/** The views in the navigation, in order, and which shared filters do not apply to each. */
export interface ViewEntry {
  path: '/' | '/survey' | '/sectors' | '/results' | '/projects' | '/sources';
  label: (t: Messages) => string;
  /** `subpage` is true below the view's path, e.g. on a project's record under /projects. */
  notApplicable: (t: Messages, subpage: boolean) => NonNullable<FilterBarProps['notApplicable']>;
}

/** The view a path belongs to: its own path, or a page below it. */
export function viewAt(pathname: string): { view: ViewEntry; subpage: boolean } | undefined {
  const view = VIEWS.find((candidate) =>
    candidate.path === '/'
      ? pathname === '/'
      : pathname === candidate.path || pathname.startsWith(`${candidate.path}/`),
  );
  return view ? { view, subpage: pathname !== view.path } : undefined;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    path: '/',
    label: (t) => t.views.overview,
    notApplicable: (t) => ({ both: t.overview.filtersNotApplicable }),
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
  {
    path: '/results',
    label: (t) => t.views.results,
    notApplicable: (t) => ({ outsideSweden: t.filters.swedishProjectsOnly }),
  },
  {
    path: '/projects',
    label: (t) => t.views.projects,
    notApplicable: (t, record) =>
      record
        ? { region: t.projectDetail.filtersKept, level: t.projectDetail.filtersKept }
        : { outsideSweden: t.filters.swedishProjectsOnly },
  },
  {
    path: '/sources',
    label: (t) => t.sources.nav,
    notApplicable: (t) => ({ both: t.sources.filtersNotApplicable }),
  },
];
