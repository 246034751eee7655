import {
  createRootRoute,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { SectorMixPanel } from '../features/sector-mix/SectorMixPanel';
import {
  parseSectorSelection,
  serializeSectorSelection,
} from '../features/sector-mix/sectorSearch';
import { SurveyPrioritiesPanel } from '../features/survey-priorities/SurveyPrioritiesPanel';
import { parseFilters, serializeFilters, type FilterSearch } from '../filters/filterSchema';
import { LanguageFromUrl } from './App';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { OverviewPage } from './OverviewPage';

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
  component: OverviewPage,
});

const surveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/survey',
  component: SurveyPrioritiesPanel,
});

const sectorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sectors',
  validateSearch: (search: Record<string, unknown>) =>
    serializeSectorSelection(parseSectorSelection(search)),
  component: SectorMixPanel,
});

export const routeTree = rootRoute.addChildren([overviewRoute, surveyRoute, sectorsRoute]);

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
