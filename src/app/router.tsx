import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { parseProjectsSearch, serializeProjectsSearch } from '../features/projects/projectsSearch';
import {
  parseResultsSearch,
  serializeResultsSearch,
} from '../features/result-levels/resultsSearch';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../features/sector-mix/sectorSearch';
import { parseFilters, serializeFilters, type FilterSearch } from '../filters/filterSchema';
import { LanguageFromUrl } from './App';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Each view is its own chunk, loaded when it is first visited or a link to it is hovered, so the
// first load carries only the shell and the view it opens on.

const rootRoute = createRootRoute({
  // Every route shares the filters; bad values fall back to defaults instead of failing.
  validateSearch: (search: Record<string, unknown>): FilterSearch =>
    serializeFilters(parseFilters(search)),
  component: () => (
    <LanguageFromUrl>
      <AppLayout />
    </LanguageFromUrl>
  ),
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./OverviewPage'), 'OverviewPage'),
});

const surveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/survey',
  component: lazyRouteComponent(
    () => import('../features/survey-priorities/SurveyPrioritiesPanel'),
    'SurveyPrioritiesPanel',
  ),
});

const sectorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sectors',
  validateSearch: (search: Record<string, unknown>) =>
    serializeSectorSelection(parseSectorSelection(search)),
  component: lazyRouteComponent(
    () => import('../features/sector-mix/SectorMixPanel'),
    'SectorMixPanel',
  ),
});

const resultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/results',
  validateSearch: (search: Record<string, unknown>) =>
    serializeResultsSearch(parseResultsSearch(search)),
  component: lazyRouteComponent(
    () => import('../features/result-levels/ResultLevelsPanel'),
    'ResultLevelsPanel',
  ),
});

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: (search: Record<string, unknown>) =>
    serializeProjectsSearch(parseProjectsSearch(search)),
  component: lazyRouteComponent(
    () => import('../features/projects/ProjectsPanel'),
    'ProjectsPanel',
  ),
});

const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: lazyRouteComponent(() => import('./ProjectRecordRoute'), 'ProjectRecordRoute'),
});

export const routeTree = rootRoute.addChildren([
  overviewRoute,
  surveyRoute,
  sectorsRoute,
  resultsRoute,
  projectsRoute,
  projectDetailRoute,
]);

export function createAppRouter(options: { basepath?: string; history?: RouterHistory } = {}) {
  return createRouter({
    routeTree,
    history: options.history,
    basepath: options.basepath ?? import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
