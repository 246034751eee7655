import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  useRouterState,
  type RouterHistory,
} from '@tanstack/react-router';
import { parseFilters, serializeFilters, type FilterSearch } from '../filters/filterSchema';
import { LanguageFromUrl } from './App';
import { AppLayout } from './AppLayout';
import { EMBED_CHARTS, isEmbedChartId } from './embedCharts';
import { validateEmbedSearch } from './embedSearch';
import { NotFoundPage } from './NotFoundPage';
import { validatePresentSearch } from './presentationSteps';
import { prefetchViewDatasets } from './viewDatasets';
import { parseTableViews, serializeTableViews } from '../filters/tableViews';
import { VIEW_SEARCH } from './viewSearch';
import { PAGE_MODULES, PANEL_COMPONENTS } from './routeModules';

interface RouterContext {
  queryClient: QueryClient;
}

// Each view is its own chunk, loaded when the page opens on it (the entry starts it beside the
// app's code: routeModules.ts), when a link to it is hovered, or once the first view has settled
// (all of them: viewPanels.ts), so the first load carries only the shell and the view it opens on.

const PRESENT_PATH = '/present';
const EMBED_PATH = '/embed/$chartId';

/**
 * The page shell of every view; a presentation brings its own, without header or filter bar, and
 * an embedded chart has none.
 */
function RootLayout() {
  const withoutShell = useRouterState({
    select: (state) =>
      state.matches.some((match) => match.routeId === PRESENT_PATH || match.routeId === EMBED_PATH),
  });
  return <LanguageFromUrl>{withoutShell ? <Outlet /> : <AppLayout />}</LanguageFromUrl>;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Every route shares the filters, and keeps which charts show as tables; bad values fall back
  // to defaults instead of failing.
  validateSearch: (search: Record<string, unknown>): FilterSearch & { table?: string } => ({
    ...serializeFilters(parseFilters(search)),
    ...serializeTableViews(parseTableViews(search)),
  }),
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(PAGE_MODULES.overview),
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/'),
});

const surveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/survey',
  component: PANEL_COMPONENTS['/survey'],
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/survey'),
});

const sectorsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sectors',
  validateSearch: VIEW_SEARCH['/sectors'],
  component: PANEL_COMPONENTS['/sectors'],
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/sectors'),
});

const resultsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/results',
  validateSearch: VIEW_SEARCH['/results'],
  component: PANEL_COMPONENTS['/results'],
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/results'),
});

const projectsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects',
  validateSearch: VIEW_SEARCH['/projects'],
  component: PANEL_COMPONENTS['/projects'],
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/projects'),
});

const projectDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/projects/$projectId',
  component: lazyRouteComponent(PAGE_MODULES.projectRecord),
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/projects'),
});

const sourcesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources',
  component: lazyRouteComponent(PAGE_MODULES.sources),
  loader: ({ context }) => prefetchViewDatasets(context.queryClient, '/sources'),
});

const embedRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: EMBED_PATH,
  // The chart's view state (every view's own keys, cleaned by their rules) and `lock`.
  validateSearch: validateEmbedSearch,
  component: lazyRouteComponent(PAGE_MODULES.embed),
  loader: ({ context, params }) => {
    if (!isEmbedChartId(params.chartId)) return;
    const viewPath = EMBED_CHARTS[params.chartId];
    prefetchViewDatasets(context.queryClient, viewPath);
    return PANEL_COMPONENTS[viewPath].preload?.();
  },
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PRESENT_PATH,
  // The step, the sequence (`seq`, else the default story), the intervals, and the current step's
  // view search, cleaned by that view's own rules.
  validateSearch: validatePresentSearch,
  component: lazyRouteComponent(PAGE_MODULES.present),
});

export const routeTree = rootRoute.addChildren([
  overviewRoute,
  surveyRoute,
  sectorsRoute,
  resultsRoute,
  projectsRoute,
  projectDetailRoute,
  sourcesRoute,
  embedRoute,
  presentRoute,
]);

export function createAppRouter(options: {
  queryClient: QueryClient;
  basepath?: string;
  history?: RouterHistory;
}) {
  return createRouter({
    routeTree,
    context: { queryClient: options.queryClient },
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
