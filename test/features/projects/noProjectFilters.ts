import type { ProjectTableFilters } from '../../../src/features/projects/projectsSearch';

/** Filters that keep every project: spread and override the ones a test sets. */
export const NO_PROJECT_FILTERS: ProjectTableFilters = {
  query: '',
  area: null,
  fund: null,
  region: null,
  level: null,
  nationalEverywhere: false,
};
